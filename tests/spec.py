"""openapi.yaml, loaded once, with the helpers tests use to walk it."""

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def resolve(node: Any) -> Any:
    """`node` with every local $ref replaced by what it points to (the spec has no cycles)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec()
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            return resolve(target)
        return {key: resolve(value) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(item) for item in node]
    return node


def stop_operation() -> dict[str, Any]:
    operation: dict[str, Any] = resolve(spec()["paths"]["/virtual_machines/virtual_machine/stop"]["post"])
    return operation


def response_media() -> Iterator[tuple[str, dict[str, Any]]]:
    """(status, the resolved application/json media object) for every response of the operation."""
    for status, response in stop_operation()["responses"].items():
        yield status, response["content"]["application/json"]
