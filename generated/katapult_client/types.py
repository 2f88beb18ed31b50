"""Types shared by the models and the endpoint functions."""

from typing import Generic, Literal, TypeVar

import httpx
from attrs import define, field


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


__all__ = ["UNSET", "Response", "Unset"]
