"""POST /virtual_machines/virtual_machine/stop: what the client sends and what it makes of every answer."""

import json
import pickle
from typing import Any

import pytest
from katapult_client import AuthenticatedClient, RetryPolicy, UnexpectedResponse
from katapult_client.api.power_functions import post_virtual_machine_stop
from katapult_client.models import (
    APIError,
    APIErrorDetail,
    APIErrorResponse,
    InvalidAPITokenError,
    InvalidAPITokenErrorDetail,
    InvalidAPITokenResponse,
    InvalidCapabilitiesTokenError,
    InvalidCapabilitiesTokenErrorDetail,
    InvalidCapabilitiesTokenResponse,
    MissingAPITokenError,
    MissingAPITokenErrorDetail,
    MissingAPITokenResponse,
    ObjectInTrashError,
    ObjectInTrashErrorDetail,
    ObjectInTrashResponse,
    PermissionDeniedError,
    PermissionDeniedErrorDetail,
    PermissionDeniedResponse,
    RateLimitReachedError,
    RateLimitReachedErrorDetail,
    RateLimitReachedResponse,
    ScopeNotGrantedError,
    ScopeNotGrantedErrorDetail,
    ScopeNotGrantedResponse,
    ServiceUnavailableError,
    ServiceUnavailableErrorDetail,
    ServiceUnavailableResponse,
    Task,
    TaskQueueingError,
    TaskQueueingErrorDetail,
    TaskQueueingErrorResponse,
    TaskResponse,
    TaskStatus,
    TrashObject,
    UnauthorizedNetworkForAPITokenError,
    UnauthorizedNetworkForAPITokenErrorDetail,
    UnauthorizedNetworkForAPITokenResponse,
    VirtualMachineActionRequest,
    VirtualMachineLookupById,
    VirtualMachineNotFoundError,
    VirtualMachineNotFoundErrorDetail,
    VirtualMachineNotFoundResponse,
)
from katapult_client.types import UNSET

from .conftest import ScriptedTransport, answer, client_for
from .loopback import Answer, ScriptedServer
from .wire import BY_FQDN, BY_ID, ERROR_HEADERS, REQUEST_ID, STOP_URL, TOKEN, VM_ID, error_body, task_body


def stop(status: int, body: bytes, headers: dict[str, str] | None = None) -> object:
    transport = ScriptedTransport(answer(status, body, headers))
    return post_virtual_machine_stop.sync(client=client_for(transport), body=BY_ID)


# --- the request -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected_json"),
    [
        (BY_ID, b'{"virtual_machine":{"id":"vm_Xq3Zb8mKp2LwT9sD"}}'),
        (BY_FQDN, b'{"virtual_machine":{"fqdn":"web-1.example.katapult.cloud"}}'),
    ],
    ids=["by-id", "by-fqdn"],
)
def test_request_is_an_authenticated_json_post_to_the_stop_path(
    body: VirtualMachineActionRequest, expected_json: bytes
) -> None:
    transport = ScriptedTransport(answer(200, task_body("pending")))

    post_virtual_machine_stop.sync(client=client_for(transport), body=body)

    [request] = transport.requests
    assert request.method == "POST"
    assert str(request.url) == STOP_URL
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"] == "katapult-client/0.1.0"
    assert request.content == expected_json


def test_request_sends_exactly_one_lookup_key() -> None:
    # The lookup is a union of two classes, each with its one required field, so "both" and
    # "neither" cannot be built; the serialised body holds only the key that was chosen.
    assert BY_ID.to_dict() == {"virtual_machine": {"id": VM_ID}}
    assert BY_FQDN.to_dict() == {"virtual_machine": {"fqdn": "web-1.example.katapult.cloud"}}
    with pytest.raises(TypeError):
        VirtualMachineLookupById()  # type: ignore[call-arg]


@pytest.mark.parametrize("wrong", [{"virtual_machine": {"id": VM_ID}}, None], ids=["dict", "none"])
def test_a_body_that_is_not_the_request_model_is_refused_before_sending(wrong: object) -> None:
    transport = ScriptedTransport(answer(200, task_body("pending")))

    with pytest.raises(TypeError, match="^body must be a VirtualMachineActionRequest, not "):
        post_virtual_machine_stop.sync(client=client_for(transport), body=wrong)  # type: ignore[arg-type]

    assert transport.requests == []


# --- every documented answer -------------------------------------------------------------------


@pytest.mark.parametrize("status", ["pending", "running", "completed", "failed"])
def test_200_parses_into_task_response_with_a_task_status(status: str) -> None:
    parsed = stop(200, task_body(status))

    assert type(parsed) is TaskResponse
    assert parsed == TaskResponse(
        task=Task(id="task_nYC358tmksq9F1is", name="Stop virtual machine", status=TaskStatus(status))
    )
    assert type(parsed.task.status) is TaskStatus


DESCRIPTIONS = {
    "missing_api_token": "No API token was provided in the Authorization header. Ensure a token is provided prefixed with Bearer",
    "unauthorized_network_for_api_token": "Network is not allowed to access the API with this API token",
    "invalid_api_token": "The API token provided was not valid (it may not exist or have expired)",
    "invalid_capabilities_token": "The capabilities token provided was not valid (either not valid, expired or not signed by the correct key)",
    "scope_not_granted": "The scope required for this endpoint has not been granted to the authenticating identity",
    "permission_denied": "The authenticated identity is not permitted to perform this action",
    "virtual_machine_not_found": "No virtual machine was found matching any of the criteria provided in the arguments",
    "object_in_trash": "The object found is in the trash and therefore cannot be manipulated through the API. It should be restored in order to run this operation.",
    "task_queueing_error": "This error means that a background task that was needed to complete your request could not be queued",
    "rate_limit_reached": "You have reached the rate limit for this type of request",
    "service_unavailable": "The service is currently unavailable, please try again later",
}
D = DESCRIPTIONS

DOCUMENTED_ERRORS: list[tuple[int, str, dict[str, Any], object]] = [
    (400, "missing_api_token", {},
     MissingAPITokenResponse(error=MissingAPITokenError(code="missing_api_token", description=D["missing_api_token"], detail=MissingAPITokenErrorDetail()))),
    (403, "unauthorized_network_for_api_token", {"ip_address": "203.0.113.42"},
     UnauthorizedNetworkForAPITokenResponse(error=UnauthorizedNetworkForAPITokenError(
         code="unauthorized_network_for_api_token", description=D["unauthorized_network_for_api_token"],
         detail=UnauthorizedNetworkForAPITokenErrorDetail(ip_address="203.0.113.42")))),
    (403, "invalid_api_token", {"details": None},
     InvalidAPITokenResponse(error=InvalidAPITokenError(
         code="invalid_api_token", description=D["invalid_api_token"], detail=InvalidAPITokenErrorDetail(details=None)))),
    (403, "invalid_capabilities_token", {},
     InvalidCapabilitiesTokenResponse(error=InvalidCapabilitiesTokenError(
         code="invalid_capabilities_token", description=D["invalid_capabilities_token"], detail=InvalidCapabilitiesTokenErrorDetail()))),
    (403, "scope_not_granted", {"scopes": ["virtual_machines", "virtual_machines:power_actions"]},
     ScopeNotGrantedResponse(error=ScopeNotGrantedError(
         code="scope_not_granted", description=D["scope_not_granted"],
         detail=ScopeNotGrantedErrorDetail(scopes=["virtual_machines", "virtual_machines:power_actions"])))),
    (403, "permission_denied", {"details": "The API token does not have access to this organization"},
     PermissionDeniedResponse(error=PermissionDeniedError(
         code="permission_denied", description=D["permission_denied"],
         detail=PermissionDeniedErrorDetail(details="The API token does not have access to this organization")))),
    (404, "virtual_machine_not_found", {},
     VirtualMachineNotFoundResponse(error=VirtualMachineNotFoundError(
         code="virtual_machine_not_found", description=D["virtual_machine_not_found"], detail=VirtualMachineNotFoundErrorDetail()))),
    (406, "object_in_trash",
     {"trash_object": {"id": "trsh_V2mQ8xLc5Rn1Hb7K", "keep_until": 1767225600, "object_id": VM_ID, "object_type": "VirtualMachine"}},
     ObjectInTrashResponse(error=ObjectInTrashError(
         code="object_in_trash", description=D["object_in_trash"],
         detail=ObjectInTrashErrorDetail(trash_object=TrashObject(
             id="trsh_V2mQ8xLc5Rn1Hb7K", keep_until=1767225600, object_id=VM_ID, object_type="VirtualMachine"))))),
    (406, "object_in_trash", {"trash_object": None},
     ObjectInTrashResponse(error=ObjectInTrashError(
         code="object_in_trash", description=D["object_in_trash"], detail=ObjectInTrashErrorDetail(trash_object=None)))),
    (406, "task_queueing_error", {"details": "The virtual machine is already being stopped"},
     TaskQueueingErrorResponse(error=TaskQueueingError(
         code="task_queueing_error", description=D["task_queueing_error"],
         detail=TaskQueueingErrorDetail(details="The virtual machine is already being stopped")))),
    (429, "rate_limit_reached", {"total_permitted": 1000},
     RateLimitReachedResponse(error=RateLimitReachedError(
         code="rate_limit_reached", description=D["rate_limit_reached"], detail=RateLimitReachedErrorDetail(total_permitted=1000)))),
    (503, "service_unavailable", {},
     ServiceUnavailableResponse(error=ServiceUnavailableError(
         code="service_unavailable", description=D["service_unavailable"], detail=ServiceUnavailableErrorDetail()))),
]  # fmt: skip


@pytest.mark.parametrize(
    ("status", "code", "detail", "expected"),
    DOCUMENTED_ERRORS,
    ids=[f"{status}-{code}-{'+'.join(detail) or 'empty'}" for status, code, detail, _ in DOCUMENTED_ERRORS],
)
def test_each_documented_error_parses_into_its_own_class(
    status: int, code: str, detail: dict[str, Any], expected: object
) -> None:
    parsed = stop(status, error_body(code, DESCRIPTIONS[code], detail))

    assert type(parsed) is type(expected)
    assert parsed == expected


def test_typed_detail_fields_have_their_python_types() -> None:
    trash = stop(406, error_body("object_in_trash", D["object_in_trash"], DOCUMENTED_ERRORS[7][2]))
    assert isinstance(trash, ObjectInTrashResponse)
    assert isinstance(trash.error.detail.trash_object, TrashObject)
    assert trash.error.detail.trash_object.keep_until == 1767225600
    assert type(trash.error.detail.trash_object.keep_until) is int

    limited = stop(429, error_body("rate_limit_reached", D["rate_limit_reached"], {"total_permitted": 1000}))
    assert isinstance(limited, RateLimitReachedResponse)
    assert type(limited.error.detail.total_permitted) is int

    scopes = stop(403, error_body("scope_not_granted", D["scope_not_granted"], {"scopes": ["virtual_machines"]}))
    assert isinstance(scopes, ScopeNotGrantedResponse)
    assert scopes.error.detail.scopes == ["virtual_machines"]


def test_detail_declared_fields_may_be_absent() -> None:
    # The live API often sends "detail": {} even where fields are declared.
    parsed = stop(406, error_body("task_queueing_error", D["task_queueing_error"], {}))

    assert type(parsed) is TaskQueueingErrorResponse
    assert parsed.error.detail.details is UNSET


def test_unknown_fields_are_kept_and_round_trip() -> None:
    body = {
        "task": {"id": "task_nYC358tmksq9F1is", "name": "Stop virtual machine", "status": "pending", "progress": 0},
        "extra": True,
    }
    parsed = stop(200, json.dumps(body).encode())

    assert type(parsed) is TaskResponse
    assert parsed.task["progress"] == 0
    assert parsed["extra"] is True
    assert parsed.to_dict() == body


# --- what the real world sends besides -------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "detail"),
    [
        (400, "invalid_argument", {"issue": "missing_lookup_value"}),
        (400, "invalid_argument", {"issue": "ambiguous_lookup_values"}),
        (400, "missing_required_argument", {}),
        (403, "some_new_forbidden_code", {}),
        (404, "route_not_found", {}),
        (406, "some_new_refusal", {"why": "because"}),
        (429, "another_rate_limit", {}),
        (500, "unhandled_exception", {}),
        (503, "maintenance_mode", {}),
        (520, "origin_error", {}),
    ],
)
def test_an_error_code_the_spec_does_not_list_comes_back_as_a_generic_api_error(
    status: int, code: str, detail: dict[str, Any]
) -> None:
    parsed = stop(status, error_body(code, "Something happened", detail))

    assert type(parsed) is APIErrorResponse
    assert parsed.error.code == code
    assert parsed.error.description == "Something happened"
    assert isinstance(parsed.error.detail, APIErrorDetail)
    assert parsed.error.detail.to_dict() == detail


def test_a_known_code_under_the_wrong_status_is_kept_as_a_generic_api_error() -> None:
    parsed = stop(404, error_body("scope_not_granted", D["scope_not_granted"], {"scopes": []}))

    assert parsed == APIErrorResponse.from_dict(
        json.loads(error_body("scope_not_granted", D["scope_not_granted"], {"scopes": []}))
    )
    assert type(parsed) is APIErrorResponse
    assert type(parsed.error) is APIError


def test_a_task_status_outside_the_four_comes_back_as_its_string() -> None:
    parsed = stop(200, task_body("paused"))

    assert type(parsed) is TaskResponse
    assert parsed.task.status == "paused"
    assert type(parsed.task.status) is str


HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


@pytest.mark.parametrize(
    ("status", "body", "reason_start"),
    [
        (502, HTML_502, "the body is not JSON"),
        (503, b"<html><body>Service Temporarily Unavailable</body></html>", "the body is not JSON"),
        (200, b"", "the body is not JSON"),
        (403, b"", "the body is not JSON"),
        (200, b'{"task": {"id": "task_nYC358tmks', "the body is not JSON"),
        (520, b"", "the body is not JSON"),
        (200, b"\xff\xfe not utf-8", "the body is not JSON"),
        (200, b"[]", "the body does not match the documented shape for HTTP 200"),
        (200, b'"ok"', "the body does not match the documented shape for HTTP 200"),
        (200, b"{}", "the body does not match the documented shape for HTTP 200"),
        (200, b'{"task": {"id": 5, "name": "Stop virtual machine", "status": "pending"}}', "the body does not match"),
        (200, b'{"task": {"id": "task_nYC358tmksq9F1is", "name": "Stop", "status": 1}}', "the body does not match"),
        (200, b'{"task": "pending"}', "the body does not match"),
        (403, b'{"error": "forbidden"}', "the body does not match the documented shape for HTTP 403"),
        (403, b'{"error": {"description": "no code"}}', "the body does not match the documented shape for HTTP 403"),
        (500, b'{"message": "Internal Server Error"}', "the body does not match the documented shape for HTTP 500"),
        (502, b"null", "the body does not match the documented shape for HTTP 502"),
    ],
    ids=[
        "html-502", "html-503", "empty-200", "empty-403", "truncated-json", "empty-520", "not-utf8",
        "array", "string", "empty-object", "task-id-int", "task-status-int", "task-not-object",
        "error-not-object", "error-without-code", "no-envelope-500", "null-502",
    ],
)  # fmt: skip
def test_an_unreadable_answer_raises_unexpected_response_with_status_and_raw_body(
    status: int, body: bytes, reason_start: str
) -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        stop(status, body, headers={"Content-Type": "text/html", "X-Request-Id": REQUEST_ID})

    error = caught.value
    assert error.status_code == status
    assert error.content == body
    assert error.request_id == REQUEST_ID
    assert error.reason.startswith(reason_start)
    assert f"HTTP {status}" in str(error)


def test_unexpected_response_survives_pickling() -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        stop(502, HTML_502, headers={"Content-Type": "text/html", "X-Request-Id": REQUEST_ID})

    copy = pickle.loads(pickle.dumps(caught.value))

    assert (copy.status_code, copy.content, copy.reason) == (502, HTML_502, caught.value.reason)
    assert copy.request_id == REQUEST_ID


def test_a_mistyped_detail_of_a_known_code_falls_back_to_the_generic_error() -> None:
    # scopes must be a list: the specific class refuses the body, the generic one keeps all of it.
    parsed = stop(403, error_body("scope_not_granted", D["scope_not_granted"], {"scopes": "virtual_machines"}))

    assert type(parsed) is APIErrorResponse
    assert parsed.error.code == "scope_not_granted"
    assert isinstance(parsed.error.detail, APIErrorDetail)
    assert parsed.error.detail["scopes"] == "virtual_machines"


# --- the four ways to call ---------------------------------------------------------------------


def test_sync_detailed_returns_status_headers_raw_body_and_parsed() -> None:
    body = task_body("pending")
    transport = ScriptedTransport(answer(200, body))

    response = post_virtual_machine_stop.sync_detailed(client=client_for(transport), body=BY_ID)

    assert response.status_code == 200
    assert response.content == body
    assert response.request_id == REQUEST_ID
    assert response.headers["X-Ratelimit-Remaining"] == "999"
    assert response.parsed == TaskResponse.from_dict(json.loads(body))


def test_a_non_standard_status_keeps_its_number() -> None:
    transport = ScriptedTransport(answer(520, error_body("origin_error", "Web server returned an unknown error")))

    response = post_virtual_machine_stop.sync_detailed(client=client_for(transport), body=BY_ID)

    assert response.status_code == 520
    assert type(response.parsed) is APIErrorResponse


CALL_CASES: list[tuple[int, bytes]] = [
    (200, task_body("running")),
    (403, error_body("scope_not_granted", D["scope_not_granted"], {"scopes": ["virtual_machines"]})),
    (406, error_body("object_in_trash", D["object_in_trash"], {"trash_object": None})),
    (500, error_body("unhandled_exception", "An unhandled exception occurred")),
]


@pytest.mark.parametrize(("status", "body"), CALL_CASES)
async def test_all_four_call_styles_give_the_same_result(status: int, body: bytes) -> None:
    def client() -> AuthenticatedClient:
        return client_for(ScriptedTransport(answer(status, body)))

    results = [
        post_virtual_machine_stop.sync(client=client(), body=BY_ID),
        post_virtual_machine_stop.sync_detailed(client=client(), body=BY_ID).parsed,
        await post_virtual_machine_stop.asyncio(client=client(), body=BY_ID),
        (await post_virtual_machine_stop.asyncio_detailed(client=client(), body=BY_ID)).parsed,
    ]

    assert len({type(result) for result in results}) == 1
    assert all(result == results[0] for result in results)
    assert results[0].to_dict() == json.loads(body)


async def test_async_calls_raise_the_same_unexpected_response() -> None:
    transport = ScriptedTransport(answer(502, HTML_502, headers={"Content-Type": "text/html"}))

    with pytest.raises(UnexpectedResponse) as caught:
        await post_virtual_machine_stop.asyncio(client=client_for(transport), body=BY_ID)

    assert caught.value.status_code == 502
    assert caught.value.content == HTML_502


# --- over a real socket ------------------------------------------------------------------------


def test_a_loopback_round_trip_sends_the_exact_bytes_and_parses_the_answer() -> None:
    server = ScriptedServer(
        [
            Answer(
                403,
                error_body("scope_not_granted", D["scope_not_granted"], {"scopes": ["virtual_machines"]}),
                ERROR_HEADERS,
            )
        ]
    )
    with server.running():
        with AuthenticatedClient(base_url=f"{server.url}/core/v1", token=TOKEN, retry=RetryPolicy.disabled()) as client:
            parsed = post_virtual_machine_stop.sync(client=client, body=BY_ID)

    [seen] = server.seen
    assert (seen.method, seen.path) == ("POST", "/core/v1/virtual_machines/virtual_machine/stop")
    assert seen.headers["Authorization"] == f"Bearer {TOKEN}"
    assert seen.headers["Content-Type"] == "application/json"
    assert seen.body == b'{"virtual_machine":{"id":"vm_Xq3Zb8mKp2LwT9sD"}}'
    assert type(parsed) is ScopeNotGrantedResponse
    assert parsed.error.detail.scopes == ["virtual_machines"]
