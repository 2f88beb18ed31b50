"""The client's defaults and policies: base URL, timeout, token hiding, retries."""

import logging

import httpx
import pytest
from katapult_client import (
    DEFAULT_BASE_URL,
    APIConnectionError,
    APITimeoutError,
    AuthenticatedClient,
    RetryPolicy,
    UnexpectedResponse,
)
from katapult_client.api.power_functions import post_virtual_machine_stop
from katapult_client.models import (
    APIErrorResponse,
    RateLimitReachedResponse,
    TaskResponse,
    VirtualMachineActionRequest,
    VirtualMachineLookupById,
)

from .conftest import ScriptedTransport, answer, client_for
from .loopback import Answer, ScriptedServer
from .wire import TOKEN, VM_ID, error_body, task_body

BY_ID = VirtualMachineActionRequest(virtual_machine=VirtualMachineLookupById(id=VM_ID))
RATE_LIMITED = answer(
    429, error_body("rate_limit_reached", "You have reached the rate limit", {"total_permitted": 1000})
)
UNAVAILABLE = answer(503, error_body("service_unavailable", "The service is currently unavailable"))
OK = answer(200, task_body("pending"))


# --- defaults ----------------------------------------------------------------------------------


def test_default_base_url_is_katapults_https_api() -> None:
    client = AuthenticatedClient(token=TOKEN)

    assert DEFAULT_BASE_URL == "https://api.katapult.io/core/v1"
    assert client.base_url == DEFAULT_BASE_URL
    assert str(client.get_httpx_client().base_url) == "https://api.katapult.io/core/v1/"


def test_default_timeout_is_finite() -> None:
    timeout = AuthenticatedClient(token=TOKEN).get_httpx_client().timeout

    assert timeout == httpx.Timeout(30.0, connect=10.0)


def test_timeout_is_configurable() -> None:
    client = AuthenticatedClient(token=TOKEN, timeout=2.5)

    assert client.get_httpx_client().timeout == httpx.Timeout(2.5)
    assert client.with_timeout(7.0).get_async_httpx_client().timeout == httpx.Timeout(7.0)


def test_default_retry_policy_is_two_retries_of_429_and_503() -> None:
    policy = AuthenticatedClient(token=TOKEN).retry

    assert policy == RetryPolicy(max_retries=2, statuses=frozenset({429, 503}))
    assert policy.max_retry_after == 60.0


# --- the token stays secret --------------------------------------------------------------------


def test_token_is_not_in_the_repr_or_str_of_a_client() -> None:
    client = AuthenticatedClient(token=TOKEN, headers={"X-Trace": "1"})
    client.get_httpx_client()

    for shown in (
        repr(client),
        str(client),
        repr(client.with_headers({"X-Other": "2"})),
        repr(client.get_httpx_client()),
    ):
        assert TOKEN not in shown
    assert "AuthenticatedClient(base_url='https://api.katapult.io/core/v1'" in repr(client)


def test_token_is_not_in_a_response_or_any_exception(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []

    response = post_virtual_machine_stop.sync_detailed(client=client_for(ScriptedTransport(OK)), body=BY_ID)
    shown += [repr(response), str(response), repr(response.parsed)]

    failures: list[httpx.Response | Exception] = [
        answer(502, b"<html>Bad Gateway</html>", {"Content-Type": "text/html"}),
        httpx.ReadTimeout("timed out"),
        httpx.ConnectError("refused"),
    ]
    for failure in failures:
        with pytest.raises((UnexpectedResponse, APIConnectionError)) as caught:
            post_virtual_machine_stop.sync(client=client_for(ScriptedTransport(failure)), body=BY_ID)
        shown += [repr(caught.value), str(caught.value), repr(caught.value.__cause__), str(caught.value.__cause__)]

    assert all(TOKEN not in text for text in shown)
    assert TOKEN not in caplog.text


def test_a_custom_httpx_client_still_sends_the_token() -> None:
    transport = ScriptedTransport(OK)
    client = client_for(transport).set_httpx_client(
        httpx.Client(base_url="https://api.katapult.io/core/v1", transport=transport)
    )

    post_virtual_machine_stop.sync(client=client, body=BY_ID)

    assert transport.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"


# --- retries -----------------------------------------------------------------------------------


def test_429_then_200_is_retried_once_and_returns_the_task(sleeps: list[float]) -> None:
    transport = ScriptedTransport(RATE_LIMITED, OK)

    parsed = post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert type(parsed) is TaskResponse
    assert len(transport.requests) == 2
    assert len(sleeps) == 1
    assert 0.25 <= sleeps[0] <= 0.5  # first backoff: half to all of 0.5 s


def test_retry_after_is_honoured_and_capped_at_60_seconds(sleeps: list[float]) -> None:
    transport = ScriptedTransport(
        answer(503, UNAVAILABLE.content, {"Retry-After": "1"}),
        answer(503, UNAVAILABLE.content, {"Retry-After": "3600"}),
        OK,
    )

    parsed = post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert type(parsed) is TaskResponse
    assert sleeps == [1.0, 60.0]


def test_backoff_grows_exponentially_within_its_jitter_band() -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=3.0)

    for _ in range(200):
        assert 0.5 <= policy.delay(0) <= 1.0
        assert 1.0 <= policy.delay(1) <= 2.0
        assert 1.5 <= policy.delay(2) <= 3.0  # capped at max_backoff


def test_retry_after_as_an_http_date_is_honoured() -> None:
    assert RetryPolicy().delay(0, "Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert 0.25 <= RetryPolicy().delay(0, "soon") <= 0.5  # unreadable: ordinary backoff


def test_429_forever_gives_up_after_the_bound_and_returns_the_last_answer(sleeps: list[float]) -> None:
    transport = ScriptedTransport(RATE_LIMITED)

    response = post_virtual_machine_stop.sync_detailed(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert len(transport.requests) == 3  # the request and two retries
    assert len(sleeps) == 2
    assert response.status_code == 429
    assert type(response.parsed) is RateLimitReachedResponse
    assert response.parsed.error.detail.total_permitted == 1000


@pytest.mark.parametrize(
    "refusal",
    [
        answer(400, error_body("missing_api_token", "No API token")),
        answer(403, error_body("scope_not_granted", "Scope not granted", {"scopes": []})),
        answer(404, error_body("virtual_machine_not_found", "No virtual machine")),
        answer(406, error_body("task_queueing_error", "Could not queue")),
        answer(500, error_body("unhandled_exception", "Boom")),
        answer(502, b"<html>Bad Gateway</html>", {"Content-Type": "text/html"}),
    ],
    ids=["400", "403", "404", "406", "500", "502"],
)
def test_other_statuses_are_never_retried(refusal: httpx.Response, sleeps: list[float]) -> None:
    transport = ScriptedTransport(refusal, OK)

    try:
        post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)
    except UnexpectedResponse:
        pass

    assert len(transport.requests) == 1
    assert sleeps == []


def test_retries_can_be_switched_off(sleeps: list[float]) -> None:
    transport = ScriptedTransport(RATE_LIMITED, OK)

    parsed = post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy.disabled()), body=BY_ID)

    assert type(parsed) is RateLimitReachedResponse
    assert len(transport.requests) == 1


def test_retry_count_and_statuses_are_configurable(sleeps: list[float]) -> None:
    transport = ScriptedTransport(answer(500, error_body("unhandled_exception", "Boom")))
    policy = RetryPolicy(max_retries=4, statuses=frozenset({500}))

    parsed = post_virtual_machine_stop.sync(client=client_for(transport, retry=policy), body=BY_ID)

    assert type(parsed) is APIErrorResponse
    assert len(transport.requests) == 5


def test_a_connection_that_failed_before_sending_is_retried(sleeps: list[float]) -> None:
    transport = ScriptedTransport(httpx.ConnectError("connection refused"), OK)

    parsed = post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert type(parsed) is TaskResponse
    assert len(transport.requests) == 2


def test_a_connection_that_keeps_failing_raises_api_connection_error(sleeps: list[float]) -> None:
    transport = ScriptedTransport(httpx.ConnectError("connection refused"))

    with pytest.raises(APIConnectionError) as caught:
        post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert type(caught.value) is APIConnectionError
    assert type(caught.value.__cause__) is httpx.ConnectError
    assert len(transport.requests) == 3


@pytest.mark.parametrize("failure", [httpx.ReadTimeout("timed out"), httpx.RemoteProtocolError("server hung up")])
def test_a_failure_after_sending_is_never_retried(failure: Exception, sleeps: list[float]) -> None:
    transport = ScriptedTransport(failure, OK)

    with pytest.raises(APIConnectionError):
        post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert len(transport.requests) == 1
    assert sleeps == []


def test_a_slow_answer_times_out_on_a_real_socket_and_is_not_retried() -> None:
    server = ScriptedServer([Answer(200, task_body("pending"), delay=5.0)])
    with server.running():
        client = AuthenticatedClient(base_url=server.url, token=TOKEN, timeout=0.2)
        with pytest.raises(APITimeoutError) as caught:
            post_virtual_machine_stop.sync(client=client, body=BY_ID)

    assert type(caught.value.__cause__) is httpx.ReadTimeout
    assert str(caught.value) == "no answer within the timeout (ReadTimeout)"
    assert len(server.seen) == 1


async def test_async_retries_429_then_returns_the_task(sleeps: list[float]) -> None:
    transport = ScriptedTransport(RATE_LIMITED, answer(503, UNAVAILABLE.content, {"Retry-After": "2"}), OK)

    parsed = await post_virtual_machine_stop.asyncio(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert type(parsed) is TaskResponse
    assert len(transport.requests) == 3
    assert sleeps[1] == 2.0


def test_retries_are_logged_without_the_token(sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="katapult_client")

    post_virtual_machine_stop.sync(
        client=client_for(ScriptedTransport(RATE_LIMITED, OK), retry=RetryPolicy()), body=BY_ID
    )

    [record] = [r for r in caplog.records if r.name == "katapult_client.client"]
    assert record.getMessage().startswith("POST /virtual_machines/virtual_machine/stop: HTTP 429; retry 1 of 2 in ")
    assert TOKEN not in caplog.text
