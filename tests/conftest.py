"""Shared pieces: scripted transports and a client wired to them."""

from typing import Any

import httpx
import pytest
from katapult_client import AuthenticatedClient, RetryPolicy

from .wire import BASE_URL, ERROR_HEADERS, TOKEN, WIRE_HEADERS


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    default = WIRE_HEADERS if status < 400 else ERROR_HEADERS
    return httpx.Response(status, content=body, headers=default if headers is None else headers)


class ScriptedTransport(httpx.MockTransport):
    """Answers in script order (an exception in the script is raised instead) and keeps every request.

    Once the script runs out the last entry repeats.
    """

    def __init__(self, *script: httpx.Response | Exception) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        entry = self.script[min(len(self.requests), len(self.script)) - 1]
        if isinstance(entry, Exception):
            raise entry
        # A fresh copy each time: a Response's body stream can be read only once.
        return httpx.Response(entry.status_code, content=entry.content, headers=entry.headers)


def client_for(transport: httpx.BaseTransport | httpx.AsyncBaseTransport, **options: Any) -> AuthenticatedClient:
    options.setdefault("retry", RetryPolicy.disabled())
    return AuthenticatedClient(base_url=BASE_URL, token=TOKEN, httpx_args={"transport": transport}, **options)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the client's retry waits instead of waiting them."""
    waits: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("katapult_client.client._sleep", waits.append)
    monkeypatch.setattr("katapult_client.client._async_sleep", fake_async_sleep)
    return waits
