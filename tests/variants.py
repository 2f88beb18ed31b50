"""Every exchange the contract tests replay: one cassette each, in tests/cassettes/<name>.yaml.

Documented variants are recorded from a server that follows openapi.yaml (Prism, picking the
spec's example by name, or Katapult itself). Real-world variants are answers the spec does not
promise but the live service and the proxies in front of it do send; they are recorded from
a loopback server that sends exactly `wire`.
"""

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Literal

from katapult_client.models import (
    APIErrorResponse,
    InvalidAPITokenResponse,
    InvalidCapabilitiesTokenResponse,
    MissingAPITokenResponse,
    ObjectInTrashResponse,
    PermissionDeniedResponse,
    RateLimitReachedResponse,
    ScopeNotGrantedResponse,
    ServiceUnavailableResponse,
    TaskQueueingErrorResponse,
    TaskResponse,
    UnauthorizedNetworkForAPITokenResponse,
    VirtualMachineActionRequest,
    VirtualMachineNotFoundResponse,
)

from .wire import BY_FQDN, BY_ID, ERROR_HEADERS, PROXY_HEADERS, WIRE_HEADERS, error_body

CASSETTES = Path(__file__).resolve().parent / "cassettes"

# Everything the endpoint can return, for annotations.
StopAnswer = (
    TaskResponse
    | MissingAPITokenResponse
    | UnauthorizedNetworkForAPITokenResponse
    | InvalidAPITokenResponse
    | InvalidCapabilitiesTokenResponse
    | ScopeNotGrantedResponse
    | PermissionDeniedResponse
    | VirtualMachineNotFoundResponse
    | ObjectInTrashResponse
    | TaskQueueingErrorResponse
    | RateLimitReachedResponse
    | ServiceUnavailableResponse
    | APIErrorResponse
)


class Kind(Enum):
    DOCUMENTED = "documented"  # a spec example: must validate against openapi.yaml
    LENIENT = "lenient"  # valid against the spec, but leaner or richer than the examples
    FALLBACK = "fallback"  # matches no documented member: exercises the client's fallback paths


@dataclass(frozen=True)
class Wire:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Variant:
    name: str
    kind: Kind
    status: int
    # The class the answer parses into; None when it must raise UnexpectedResponse.
    parsed_as: type[StopAnswer] | None
    # The error code or task status the answer carries, when it carries one.
    code: str | None
    lookup: Literal["id", "fqdn"] = "id"
    example: str | None = None  # the spec example a mock server is asked for (Prefer: example=...)
    wire: Wire | None = None  # the exact answer the loopback server sends

    @property
    def body(self) -> VirtualMachineActionRequest:
        """The request this exchange sends."""
        return BY_ID if self.lookup == "id" else BY_FQDN

    @property
    def cassette(self) -> Path:
        return CASSETTES / f"{self.name}.yaml"


def _documented(status: int, code: str, parsed_as: type[StopAnswer], example: str | None = None) -> Variant:
    example = example or code
    return Variant(f"{status}-{example}", Kind.DOCUMENTED, status, parsed_as, code, example=example)


def _task(status: str, lookup: Literal["id", "fqdn"]) -> Variant:
    return Variant(f"200-{status}-by-{lookup}", Kind.DOCUMENTED, 200, TaskResponse, status, lookup, example=status)


def _error(
    name: str, kind: Kind, status: int, code: str, detail: dict[str, object], parsed_as: type[StopAnswer]
) -> Variant:
    body = error_body(code, f"Katapult's description of {code}", detail)
    return Variant(name, kind, status, parsed_as, code, wire=Wire(status, ERROR_HEADERS, body))


def _raw(name: str, status: int, headers: dict[str, str], body: bytes) -> Variant:
    return Variant(name, Kind.FALLBACK, status, None, None, wire=Wire(status, headers, body))


_HTML_502 = b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
_HTML_503 = b"<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>Service Temporarily Unavailable</h1></body></html>"
_HTML_520 = b"<!DOCTYPE html><html><head><title>api.katapult.io | 520: Web server is returning an unknown error</title></head><body>Error code 520</body></html>"
_TASK = {"id": "task_Lm3Ws8Qa1Vx6Kc2N", "name": "Stop virtual machine"}

VARIANTS: list[Variant] = [
    *(_task(status, lookup) for lookup in ("id", "fqdn") for status in ("pending", "running", "completed", "failed")),
    _documented(400, "missing_api_token", MissingAPITokenResponse),
    _documented(403, "unauthorized_network_for_api_token", UnauthorizedNetworkForAPITokenResponse),
    _documented(403, "invalid_api_token", InvalidAPITokenResponse),
    _documented(403, "invalid_capabilities_token", InvalidCapabilitiesTokenResponse),
    _documented(403, "scope_not_granted", ScopeNotGrantedResponse),
    _documented(403, "permission_denied", PermissionDeniedResponse),
    _documented(404, "virtual_machine_not_found", VirtualMachineNotFoundResponse),
    _documented(406, "object_in_trash", ObjectInTrashResponse),
    _documented(406, "object_in_trash", ObjectInTrashResponse, example="object_in_trash_without_trash_object"),
    _documented(406, "task_queueing_error", TaskQueueingErrorResponse),
    _documented(429, "rate_limit_reached", RateLimitReachedResponse),
    _documented(503, "service_unavailable", ServiceUnavailableResponse),
    # Leaner or richer than the examples, still within the spec.
    _error("403-scope_not_granted-empty-detail", Kind.LENIENT, 403, "scope_not_granted", {}, ScopeNotGrantedResponse),
    _error("406-task_queueing_error-empty-detail", Kind.LENIENT, 406, "task_queueing_error", {}, TaskQueueingErrorResponse),
    _error("429-rate_limit_reached-empty-detail", Kind.LENIENT, 429, "rate_limit_reached", {}, RateLimitReachedResponse),
    _error("403-permission_denied-extra-fields", Kind.LENIENT, 403, "permission_denied", {"details": None, "organization": "org_7Hk2Lp9Qw3Xc5Vb1"}, PermissionDeniedResponse),
    Variant("200-extra-fields", Kind.LENIENT, 200, TaskResponse, "pending", wire=Wire(200, WIRE_HEADERS, json.dumps(
        {"task": {**_TASK, "status": "pending", "created_at": 1764769200, "progress": 0}, "request_id": "req_9sK2Jd7Fh3Lq1Wz4"}).encode())),
    # Codes the spec does not list, on every error status and beyond.
    *(_error(f"{status}-unknown-code", Kind.FALLBACK, status, f"unlisted_code_{status}", {"hint": "new"}, APIErrorResponse)
      for status in (400, 403, 404, 406, 429, 503)),
    _error("400-invalid_argument-missing_lookup_value", Kind.FALLBACK, 400, "invalid_argument", {"issue": "missing_lookup_value"}, APIErrorResponse),
    _error("400-invalid_argument-ambiguous_lookup_values", Kind.FALLBACK, 400, "invalid_argument", {"issue": "ambiguous_lookup_values"}, APIErrorResponse),
    _error("400-missing_required_argument", Kind.FALLBACK, 400, "missing_required_argument", {}, APIErrorResponse),
    _error("404-route_not_found", Kind.FALLBACK, 404, "route_not_found", {}, APIErrorResponse),
    _error("500-unhandled_exception", Kind.FALLBACK, 500, "unhandled_exception", {}, APIErrorResponse),
    Variant("200-unknown-task-status", Kind.FALLBACK, 200, TaskResponse, "cancelled", wire=Wire(200, WIRE_HEADERS, json.dumps(
        {"task": {**_TASK, "status": "cancelled"}}).encode())),
    # Answers that are not the API's JSON at all.
    _raw("502-html", 502, PROXY_HEADERS, _HTML_502),
    _raw("503-html", 503, PROXY_HEADERS, _HTML_503),
    _raw("520-html", 520, PROXY_HEADERS, _HTML_520),
    _raw("200-empty-body", 200, WIRE_HEADERS, b""),
    _raw("200-truncated-json", 200, WIRE_HEADERS, b'{"task":{"id":"task_Lm3Ws8Qa1Vx6Kc2N","name":"Stop virt'),
]  # fmt: skip

BY_NAME = {variant.name: variant for variant in VARIANTS}
assert len(BY_NAME) == len(VARIANTS), "variant names must be unique"
