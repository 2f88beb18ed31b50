"""Shared pieces: a made-up token that must never leak, wire-shaped answers, scripted transports."""

import json
from typing import Any

import httpx
import pytest
from katapult_client import AuthenticatedClient, RetryPolicy

# Made up, and distinctive so a leak is easy to spot in any output.
TOKEN = "kt-test-Zr8q2VwLx5Nm4Tp9"
BASE_URL = "https://api.katapult.io/core/v1"
STOP_URL = f"{BASE_URL}/virtual_machines/virtual_machine/stop"
VM_ID = "vm_Xq3Zb8mKp2LwT9sD"
REQUEST_ID = "5f0c8a8e-2d0b-4b7e-9a61-3f8c1c2d9e47"

# The headers the live API sends on every answer (../shared/katapult-api-facts.md, section 4).
WIRE_HEADERS = {
    "Content-Type": "application/json",
    "X-Request-Id": REQUEST_ID,
    "X-Ratelimit-Permitted": "1000",
    "X-Ratelimit-Remaining": "999",
    "Strict-Transport-Security": "max-age=31536000",
    "Vary": "Accept-Encoding",
}
ERROR_HEADERS = {**WIRE_HEADERS, "X-Api-Schema": "json-error", "Cache-Control": "no-cache"}


def error_body(code: str, description: str, detail: dict[str, Any] | None = None) -> bytes:
    """An error as the live API sends it: inside the {"error": ...} envelope."""
    return json.dumps({"error": {"code": code, "description": description, "detail": detail or {}}}).encode()


def task_body(status: str, task_id: str = "task_nYC358tmksq9F1is") -> bytes:
    return json.dumps({"task": {"id": task_id, "name": "Stop virtual machine", "status": status}}).encode()


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

    monkeypatch.setattr("katapult_client.client.time.sleep", waits.append)
    monkeypatch.setattr("katapult_client.client.asyncio.sleep", fake_async_sleep)
    return waits
