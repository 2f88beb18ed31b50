"""Types and helpers shared by the models and the endpoint functions."""

from typing import Any, Generic, Literal, TypeVar

import httpx
from attrs import define, field

from . import errors


class Unset:
    """The type of `UNSET`: a field the server left out, as distinct from one it sent as null."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

T = TypeVar("T")


@define
class Response(Generic[T]):
    """One answer from the API: its status, headers and raw body beside the parsed value.

    `parsed` is always set: an answer that cannot be parsed raises
    `errors.UnexpectedResponse` instead of producing a `Response`.
    """

    status_code: int
    content: bytes = field(repr=False)
    headers: httpx.Headers = field(repr=False)
    parsed: T

    @property
    def request_id(self) -> str | None:
        """Katapult's id for this request (`X-Request-Id`), to quote when reporting a problem."""
        request_id: str | None = self.headers.get("X-Request-Id")
        return request_id


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body; `errors.UnexpectedResponse` for an HTML page, an empty or cut-off body."""
    try:
        return response.json()
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are both ValueErrors
        raise errors.UnexpectedResponse.from_response(response, f"the body is not JSON ({exc})") from exc


__all__ = ["UNSET", "Response", "Unset", "json_body"]
