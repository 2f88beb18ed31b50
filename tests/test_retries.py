"""Retries and timeouts: what is sent again, how long the client waits, and what it never repeats.

The loopback server counts what actually reached it; scripted transports stand in for failures
a real socket cannot produce on demand (a refused connection that then recovers).
"""

import logging

import httpx
import pytest
from katapult_client import (
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APITimeoutError,
    AuthenticatedClient,
    Response,
    RetryPolicy,
)
from katapult_client.api.power_functions import post_virtual_machine_stop
from katapult_client.models import (
    APIErrorResponse,
    RateLimitReachedResponse,
    TaskResponse,
)

from .conftest import ScriptedTransport, answer, client_for
from .loopback import Answer, ScriptedServer
from .variants import StopAnswer
from .wire import BY_ID, ERROR_HEADERS, TOKEN, WIRE_HEADERS, error_body, task_body

RATE_LIMITED = Answer(
    429, error_body("rate_limit_reached", "You have reached the rate limit", {"total_permitted": 1000}), ERROR_HEADERS
)
UNAVAILABLE = Answer(
    503,
    error_body("service_unavailable", "The service is currently unavailable"),
    {**ERROR_HEADERS, "Retry-After": "1"},
)
OK = Answer(200, task_body("pending"), WIRE_HEADERS)


def stop_on(server: ScriptedServer, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT) -> Response[StopAnswer]:
    """One stop with the default retry policy, over a real socket."""
    with AuthenticatedClient(base_url=f"{server.url}/core/v1", token=TOKEN, timeout=timeout) as client:
        return post_virtual_machine_stop.sync_detailed(client=client, body=BY_ID)


# --- against a loopback server -----------------------------------------------------------------


def test_429_then_200_is_sent_twice_and_returns_the_task(sleeps: list[float]) -> None:
    server = ScriptedServer([RATE_LIMITED, OK])
    with server.running():
        response = stop_on(server)

    assert len(server.seen) == 2
    assert type(response.parsed) is TaskResponse
    assert len(sleeps) == 1
    assert 0.25 <= sleeps[0] <= 0.5  # the first backoff: half to all of 0.5 s


def test_503_with_retry_after_waits_that_long_then_returns_the_task(sleeps: list[float]) -> None:
    server = ScriptedServer([UNAVAILABLE, OK])
    with server.running():
        response = stop_on(server)

    assert len(server.seen) == 2
    assert sleeps == [1.0]
    assert type(response.parsed) is TaskResponse


def test_429_forever_gives_up_after_two_retries_and_returns_the_last_answer(sleeps: list[float]) -> None:
    server = ScriptedServer([RATE_LIMITED])
    with server.running():
        response = stop_on(server)

    assert len(server.seen) == 3  # the request and two retries
    assert len(sleeps) == 2
    assert response.status_code == 429
    assert type(response.parsed) is RateLimitReachedResponse
    assert response.parsed.error.detail.total_permitted == 1000


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, "missing_api_token"),
        (403, "scope_not_granted"),
        (404, "virtual_machine_not_found"),
        (406, "task_queueing_error"),
    ],
)
def test_400_403_404_406_are_never_retried(status: int, code: str, sleeps: list[float]) -> None:
    server = ScriptedServer([Answer(status, error_body(code, "Refused"), ERROR_HEADERS), OK])
    with server.running():
        response = stop_on(server)

    assert len(server.seen) == 1
    assert response.status_code == status
    assert sleeps == []


def test_a_slow_answer_times_out_and_is_not_sent_again() -> None:
    server = ScriptedServer([Answer(200, task_body("pending"), WIRE_HEADERS, delay=5.0)])
    with server.running(), pytest.raises(APITimeoutError) as caught:
        stop_on(server, timeout=0.2)

    assert len(server.seen) == 1
    assert type(caught.value.__cause__) is httpx.ReadTimeout
    assert str(caught.value) == "no answer within the timeout (ReadTimeout)"


# --- the policy --------------------------------------------------------------------------------


def test_retry_after_is_capped_at_60_seconds(sleeps: list[float]) -> None:
    transport = ScriptedTransport(answer(503, UNAVAILABLE.body, {"Retry-After": "3600"}), answer(200, OK.body))

    parsed = post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert type(parsed) is TaskResponse
    assert sleeps == [60.0]


def test_retry_after_as_an_http_date_is_honoured() -> None:
    assert RetryPolicy().delay(0, "Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # already past
    assert 0.25 <= RetryPolicy().delay(0, "soon") <= 0.5  # unreadable: ordinary backoff


def test_backoff_grows_exponentially_within_its_jitter_band() -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=3.0)

    for _ in range(200):
        assert 0.5 <= policy.delay(0) <= 1.0
        assert 1.0 <= policy.delay(1) <= 2.0
        assert 1.5 <= policy.delay(2) <= 3.0  # capped at max_backoff


def test_retries_can_be_switched_off(sleeps: list[float]) -> None:
    transport = ScriptedTransport(answer(429, RATE_LIMITED.body), answer(200, OK.body))

    parsed = post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy.disabled()), body=BY_ID)

    assert type(parsed) is RateLimitReachedResponse
    assert len(transport.requests) == 1


def test_retry_count_and_statuses_are_configurable(sleeps: list[float]) -> None:
    transport = ScriptedTransport(answer(500, error_body("unhandled_exception", "Boom")))
    policy = RetryPolicy(max_retries=4, statuses=frozenset({500}))

    parsed = post_virtual_machine_stop.sync(client=client_for(transport, retry=policy), body=BY_ID)

    assert type(parsed) is APIErrorResponse
    assert len(transport.requests) == 5


# --- transport failures ------------------------------------------------------------------------


def test_a_connection_that_failed_before_sending_is_retried(sleeps: list[float]) -> None:
    transport = ScriptedTransport(httpx.ConnectError("connection refused"), answer(200, OK.body))

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
    transport = ScriptedTransport(failure, answer(200, OK.body))

    with pytest.raises(APIConnectionError):
        post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert len(transport.requests) == 1
    assert sleeps == []


async def test_async_calls_retry_alike(sleeps: list[float]) -> None:
    transport = ScriptedTransport(
        answer(429, RATE_LIMITED.body), answer(503, UNAVAILABLE.body, {"Retry-After": "2"}), answer(200, OK.body)
    )

    parsed = await post_virtual_machine_stop.asyncio(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    assert type(parsed) is TaskResponse
    assert len(transport.requests) == 3
    assert sleeps[1] == 2.0


def test_retries_are_logged_without_the_token(sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    transport = ScriptedTransport(answer(429, RATE_LIMITED.body), answer(200, OK.body))

    post_virtual_machine_stop.sync(client=client_for(transport, retry=RetryPolicy()), body=BY_ID)

    [record] = [r for r in caplog.records if r.name == "katapult_client.client"]
    assert record.getMessage().startswith("POST /virtual_machines/virtual_machine/stop: HTTP 429; retry 1 of 2 in ")
    assert TOKEN not in caplog.text
