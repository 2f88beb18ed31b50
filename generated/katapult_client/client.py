"""Clients: where the base URL, token, timeout and retry policy live.

Every endpoint function takes one of these and calls `send` or `asend`, which see that the
token is sent, apply the retry policy and turn transport failures into `errors` exceptions.
"""

import logging
import random
import ssl
import time
from datetime import datetime, timezone
from typing import Any, Self

import httpx
from attrs import define, evolve, field, frozen

from . import errors

DEFAULT_BASE_URL = "https://api.katapult.io/core/v1"
# A stop is queued, not performed, so Katapult answers quickly; 30 s leaves room for a slow
# network without letting a dead connection hang the caller forever (httpx's own default is 5 s).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "katapult-client/0.1.0"

logger = logging.getLogger(__name__)


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    # Imported here: asyncio costs more to import than the rest of this package, and callers
    # who never use the async functions should not pay for it.
    import asyncio

    await asyncio.sleep(seconds)


def _seconds_from_retry_after(value: str) -> float | None:
    """Read `Retry-After` as delay-seconds or an HTTP date; None when it is neither."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    import email.utils  # rarely needed, and slow to import: only for a Retry-After given as a date

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


@frozen
class RetryPolicy:
    """When to send a request again, and how long to wait first.

    Only two things are retried, because only they prove the request did nothing:
    an answer whose status is in `statuses` (by default 429 rate_limit_reached and
    503 service_unavailable: the stop was refused), and a connection that failed before the
    request was sent. Any other status, and a timeout after sending, is never retried: the
    stop may already be queued.

    The wait before retry n (counting from 0) is the answer's `Retry-After`, capped at
    `max_retry_after`; without one it is exponential with jitter: a random time between half
    and all of min(max_backoff, initial_backoff * 2**n). When the retries run out the last
    answer is returned as it is.
    """

    max_retries: int = 2
    statuses: frozenset[int] = frozenset({429, 503})
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0

    @classmethod
    def disabled(cls) -> "RetryPolicy":
        """A policy that never retries."""
        return cls(max_retries=0)

    def delay(self, retry: int, retry_after: str | None = None) -> float:
        """Seconds to wait before retry number `retry` (0 for the first retry)."""
        if retry_after is not None:
            seconds = _seconds_from_retry_after(retry_after)
            if seconds is not None:
                return min(seconds, self.max_retry_after)
        ceiling = min(self.max_backoff, self.initial_backoff * 2.0**retry)
        return ceiling / 2 + random.uniform(0.0, ceiling / 2)


# Raised before any byte of the request left this machine, so sending again cannot repeat it.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout)


def _wrap_transport_error(exc: httpx.TransportError) -> errors.APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"no answer within the timeout ({type(exc).__name__})")
    return errors.APIConnectionError(f"the connection failed ({type(exc).__name__}: {exc})")


@define(kw_only=True)
class Client:
    """A client for endpoints that need no authentication.

    Attributes:
        base_url: the API root, `https://api.katapult.io/core/v1` unless you point it elsewhere.
        timeout: an `httpx.Timeout` or seconds; `None` waits forever. Default: 30 s, 10 s to connect.
        retry: the `RetryPolicy`; `RetryPolicy.disabled()` turns retries off.
        headers: extra headers sent with every request.
        verify_ssl: passed to httpx as `verify`.
        follow_redirects: whether to follow redirects (off by default).
        httpx_args: more keyword arguments for `httpx.Client` / `httpx.AsyncClient`, such as
            `{"transport": ...}`.

    Use it as a context manager (`with` or `async with`) to close its connections when done.
    """

    base_url: str = DEFAULT_BASE_URL
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT
    retry: RetryPolicy = field(factory=RetryPolicy)
    headers: dict[str, str] = field(factory=dict)
    verify_ssl: ssl.SSLContext | bool | str = True
    follow_redirects: bool = False
    httpx_args: dict[str, Any] = field(factory=dict)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    # Headers each request must add because its httpx client does not send them by default.
    _extra: dict[str, str] = field(factory=dict, init=False, repr=False)
    _async_extra: dict[str, str] = field(factory=dict, init=False, repr=False)

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that sends these headers too."""
        return evolve(self, headers={**self.headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A copy of this client with another timeout."""
        return evolve(self, timeout=timeout)

    def with_retry(self, retry: RetryPolicy) -> Self:
        """A copy of this client with another retry policy."""
        return evolve(self, retry=retry)

    def _httpx_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "headers": {"User-Agent": USER_AGENT, **self.headers, **self._auth_headers()},
            "verify": self.verify_ssl,
            "follow_redirects": self.follow_redirects,
            **self.httpx_args,
        }

    def _missing_auth(self, http: httpx.Client | httpx.AsyncClient) -> dict[str, str]:
        return {name: value for name, value in self._auth_headers().items() if http.headers.get(name) != value}

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx client for requests. The token is still added to every request."""
        self._client = client
        self._extra = self._missing_auth(client)
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx client requests go through, created on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_options())
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx async client for requests. The token is still added to every request."""
        self._async_client = async_client
        self._async_extra = self._missing_auth(async_client)
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx async client requests go through, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_options())
        return self._async_client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)

    @staticmethod
    def _prepare(request: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
        # Clients built here send the token in their default headers: merging headers into
        # every request costs httpx more than the rest of this module. One passed to
        # set_httpx_client may not, and gets it added to each request instead.
        if not extra:
            return request
        return {**request, "headers": {**request.get("headers", {}), **extra}}

    def _delay_after_failure(self, request: dict[str, Any], retry: int, exc: httpx.TransportError) -> float:
        """The wait before sending again after a transport error; raises when it may not be retried."""
        if isinstance(exc, _NOT_SENT) and retry < self.retry.max_retries:
            delay = self.retry.delay(retry)
            self._log_retry(request, retry, delay, type(exc).__name__)
            return delay
        raise _wrap_transport_error(exc) from exc

    def _delay_after_answer(self, request: dict[str, Any], retry: int, response: httpx.Response) -> float | None:
        """The wait before sending again after this answer, or None to return it."""
        if retry >= self.retry.max_retries or response.status_code not in self.retry.statuses:
            return None
        delay = self.retry.delay(retry, response.headers.get("Retry-After"))
        self._log_retry(request, retry, delay, f"HTTP {response.status_code}")
        return delay

    def _log_retry(self, request: dict[str, Any], retry: int, delay: float, why: str) -> None:
        logger.info(
            "%s %s: %s; retry %d of %d in %.2f s",
            request["method"].upper(),
            request["url"],
            why,
            retry + 1,
            self.retry.max_retries,
            delay,
        )

    def send(self, request: dict[str, Any]) -> httpx.Response:
        """Send one request built by an endpoint module, retrying as the policy allows."""
        http = self.get_httpx_client()
        prepared = self._prepare(request, self._extra)
        retry = 0
        while True:
            try:
                response = http.request(**prepared)
            except httpx.TransportError as exc:
                delay = self._delay_after_failure(request, retry, exc)
            else:
                answer_delay = self._delay_after_answer(request, retry, response)
                if answer_delay is None:
                    return response
                response.close()
                delay = answer_delay
            _sleep(delay)
            retry += 1

    async def asend(self, request: dict[str, Any]) -> httpx.Response:
        """The async twin of `send`."""
        http = self.get_async_httpx_client()
        prepared = self._prepare(request, self._async_extra)
        retry = 0
        while True:
            try:
                response = await http.request(**prepared)
            except httpx.TransportError as exc:
                delay = self._delay_after_failure(request, retry, exc)
            else:
                answer_delay = self._delay_after_answer(request, retry, response)
                if answer_delay is None:
                    return response
                await response.aclose()
                delay = answer_delay
            await _async_sleep(delay)
            retry += 1


@define(kw_only=True)
class AuthenticatedClient(Client):
    """A client that sends an API token with every request.

    The token is sent as `Authorization: Bearer <token>`. It is kept out of `repr()`,
    `str()`, exceptions and log lines.

    Attributes:
        token: the Katapult API token (or an OAuth2 access token).
        prefix: the word before the token; `"Bearer"`.
        auth_header_name: the header that carries it; `"Authorization"`.
    """

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def _auth_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}


__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AuthenticatedClient", "Client", "RetryPolicy"]
