"""The client's defaults: base URL, timeout, retry policy, and the token kept secret."""

import logging

import httpx
import pytest
from katapult_client import (
    DEFAULT_BASE_URL,
    APIConnectionError,
    AuthenticatedClient,
    RetryPolicy,
    UnexpectedResponse,
)
from katapult_client.api.power_functions import post_virtual_machine_stop

from .conftest import ScriptedTransport, answer, client_for
from .wire import BY_ID, TOKEN, task_body

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
        repr(client.get_httpx_client().headers),
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
