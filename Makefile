# katapult-client: openapi.yaml -> openapi-python-client (+ templates/) -> generated/ -> tests/
# Every target installs the pinned tools it needs on first use.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
UV_VERSION := 0.13.8
# Post hooks run `ruff` from PATH: make it the pinned one.
export PATH := $(BIN):$(PATH)
export UV_PROJECT_ENVIRONMENT := $(abspath $(VENV))

GENERATE = $(BIN)/openapi-python-client generate --path openapi.yaml --config generator-config.yml \
	--custom-template-path templates --meta uv --overwrite --output-path

.PHONY: help generate test bench demo record tools lint-spec check-generated check-dist typecheck pytest clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

generate: $(VENV)/.synced ## Regenerate generated/ from openapi.yaml
	rm -rf generated
	$(GENERATE) generated

test: lint-spec check-generated check-dist typecheck pytest ## Lint the spec, check for drift, type-check and run the tests

bench: tools ## Measure the client against raw httpx; writes bench/results.md and the README table
	$(BIN)/python -m bench.bench

demo: tools ## Run examples/stop_vm.py against Prism (or the real API when only KATAPULT_API_TOKEN is set)
	@if [ -n "$${KATAPULT_BASE_URL:-}" ] || [ -n "$${KATAPULT_API_TOKEN:-}" ]; then \
	  $(BIN)/python examples/stop_vm.py; \
	else \
	  KATAPULT_API_TOKEN=demo-token $(BIN)/python -m tests.prism $(BIN)/python examples/stop_vm.py --every-outcome; \
	fi

record: tools ## Re-record tests/cassettes/ from Prism, or from KATAPULT_BASE_URL with KATAPULT_API_TOKEN
	$(BIN)/python -m tests.record

# --- the steps `make test` runs, and the tools they need ---

$(VENV)/.synced: pyproject.toml uv.lock
	test -x $(BIN)/uv || { $(PYTHON) -m venv $(VENV) && $(BIN)/pip install --quiet uv==$(UV_VERSION); }
	$(BIN)/uv sync --locked --quiet
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

tools: $(VENV)/.synced node_modules/.installed ## Install the pinned Python and Node tools

lint-spec: tools ## Validate openapi.yaml (openapi-spec-validator, Redocly CLI)
	$(BIN)/openapi-spec-validator openapi.yaml
	npx --no-install redocly lint openapi.yaml --format=stylish

check-generated: $(VENV)/.synced ## Fail if generated/ differs from a fresh generation
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) "$$tmp/generated" >/dev/null && \
	diff -r -x __pycache__ generated "$$tmp/generated" \
	  || { echo "generated/ is stale or was edited by hand: run 'make generate' and commit"; exit 1; }

check-dist: $(VENV)/.synced ## Install generated/ alone in a fresh venv and import it
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && \
	{ "$$tmp/venv/bin/pip" install --quiet ./generated >"$$tmp/pip.log" 2>&1 || { cat "$$tmp/pip.log"; exit 1; }; } && \
	cd "$$tmp" && "$$tmp/venv/bin/python" -c 'import importlib.resources as r, katapult_client; \
	  from katapult_client.api.power_functions import post_virtual_machine_stop; \
	  assert r.files("katapult_client").joinpath("py.typed").is_file(); print("check-dist: ok", katapult_client.__version__)'

typecheck: $(VENV)/.synced ## mypy --strict over generated/, tests/, examples/ and bench/
	$(BIN)/mypy --strict generated/katapult_client tests examples bench

pytest: tools
	$(BIN)/ruff check tests examples bench
	$(BIN)/ruff format --check --quiet tests examples bench
	$(BIN)/pytest

clean: ## Remove the installed tools and caches
	rm -rf $(VENV) node_modules .mypy_cache .pytest_cache .ruff_cache .hypothesis
