"""Every exception the package raises on purpose derives from `KatapultError`.

An answer the API documents, error or not, is returned as a typed value, never raised.
Exceptions are kept for what cannot be turned into one:

- `UnexpectedResponse`: an answer came back but this client cannot read it (a body that is
  not JSON, such as a proxy's HTML page; an empty or truncated body; JSON of a shape the
  spec does not give for that status; a status the spec does not cover). The status, the
  headers and the raw body are kept on the exception.
- `APITimeoutError`: no answer within the client's timeout.
- `APIConnectionError`: no answer at all (refused, reset, broken off).
"""

import httpx

_PREVIEW_CHARS = 200


class KatapultError(Exception):
    """Base class of the exceptions raised by this package."""


class UnexpectedResponse(KatapultError):
    """An answer this client cannot turn into a documented value.

    Attributes:
        status_code: the HTTP status, documented or not (e.g. 502, or Cloudflare's 520).
        content: the raw body, exactly as received.
        headers: the response headers.
        reason: why the body could not be used.
    """

    def __init__(self, status_code: int, content: bytes, headers: httpx.Headers, reason: str) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.reason = reason
        # All four in args, so the exception survives pickling (multiprocessing, task queues).
        super().__init__(status_code, content, headers, reason)

    @classmethod
    def from_response(cls, response: httpx.Response, reason: str) -> "UnexpectedResponse":
        return cls(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            reason=reason,
        )

    @property
    def request_id(self) -> str | None:
        """Katapult's id for this request (`X-Request-Id`), when the answer has one."""
        request_id: str | None = self.headers.get("X-Request-Id")
        return request_id

    @property
    def text(self) -> str:
        """The body decoded as UTF-8, with undecodable bytes replaced."""
        return self.content.decode("utf-8", errors="replace")

    def __str__(self) -> str:
        body = self.text
        if len(body) > _PREVIEW_CHARS:
            body = body[:_PREVIEW_CHARS] + "..."
        return f"unexpected response (HTTP {self.status_code}): {self.reason}; body: {body!r}"

    def __repr__(self) -> str:
        return f"UnexpectedResponse(status_code={self.status_code}, reason={self.reason!r})"


class APIConnectionError(KatapultError):
    """No answer came back. The underlying httpx exception is the `__cause__`.

    Unless the connection failed before the request was sent (those are retried), the stop may
    or may not have been queued: check the virtual machine before sending it again.
    """


class APITimeoutError(APIConnectionError):
    """No answer within the client's timeout (connect, write, read or pool)."""


__all__ = ["APIConnectionError", "APITimeoutError", "KatapultError", "UnexpectedResponse"]
