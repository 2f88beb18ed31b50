"""How cassettes are written and replayed (VCR.py, YAML)."""

import json
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import vcr
import yaml
from vcr.request import Request

from .variants import CASSETTES, Variant
from .wire import BASE_URL

TOKEN_PLACEHOLDER = "Bearer <API_TOKEN>"
# Request headers worth keeping: the ones the contract is about. Authorization is scrubbed.
KEPT_REQUEST_HEADERS = {"content-type", "authorization"}
# Response headers the live API sends (../shared/katapult-api-facts.md); a mock server's own
# (CORS, Date, Connection) are dropped so every cassette looks like Katapult's traffic.
KEPT_RESPONSE_HEADERS = {
    "content-type",
    "x-request-id",
    "x-ratelimit-permitted",
    "x-ratelimit-remaining",
    "x-api-schema",
    "etag",
    "strict-transport-security",
    "vary",
    "cache-control",
}


def scrub_request(request: Request) -> Request:
    """Keep only the contract's headers, hide the token, and file the request under Katapult's URL.

    Also applied to each live request before it is matched, so replay compares like with like.
    """
    path = urlsplit(request.uri).path
    path = path[path.index("/virtual_machines/") :] if "/virtual_machines/" in path else path
    request.uri = BASE_URL + path
    for name in list(request.headers):
        if name.lower() not in KEPT_REQUEST_HEADERS:
            del request.headers[name]
        elif name.lower() == "authorization":
            request.headers[name] = TOKEN_PLACEHOLDER
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    violations = response["headers"].get("sl-violations") or response["headers"].get("Sl-Violations")
    if violations:
        raise RuntimeError(f"the mock server found the exchange invalid: {violations}")
    response["headers"] = {
        name: value for name, value in response["headers"].items() if name.lower() in KEPT_RESPONSE_HEADERS
    }
    return response


def same_contract_headers(live: Request, recorded: Request) -> None:
    for name in KEPT_REQUEST_HEADERS:
        assert live.headers.get(name) == recorded.headers.get(name), f"{name}: {live.headers.get(name)!r}"


def make_vcr(record_mode: str) -> vcr.VCR:
    recorder = vcr.VCR(
        serializer="yaml",
        cassette_library_dir=str(CASSETTES),
        record_mode=record_mode,
        match_on=["method", "uri", "body", "contract_headers"],
        before_record_request=scrub_request,
        before_record_response=scrub_response,
        decode_compressed_response=True,
    )
    recorder.register_matcher("contract_headers", same_contract_headers)
    return recorder


@dataclass(frozen=True)
class Recorded:
    method: str
    uri: str
    request_headers: dict[str, list[str]]
    request_body: bytes
    status: int
    response_headers: dict[str, list[str]]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def recorded(variant: Variant) -> Recorded:
    return _load(variant.name)


@cache
def _load(name: str) -> Recorded:
    [interaction] = yaml.safe_load((CASSETTES / f"{name}.yaml").read_text())["interactions"]
    request, response = interaction["request"], interaction["response"]
    return Recorded(
        method=request["method"],
        uri=request["uri"],
        request_headers=request["headers"],
        request_body=request["body"].encode(),
        status=response["status"]["code"],
        response_headers=response["headers"],
        body=response["body"]["string"].encode(),
    )
