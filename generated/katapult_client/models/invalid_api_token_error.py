from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invalid_api_token_error_detail import InvalidAPITokenErrorDetail


T = TypeVar("T", bound="InvalidAPITokenError")


@_attrs_define
class InvalidAPITokenError:
    """The API token provided was not valid (it may not exist or have expired)

    Attributes:
        code (Literal['invalid_api_token']):
        description (str):
        detail (InvalidAPITokenErrorDetail):
    """

    code: Literal["invalid_api_token"]
    description: str
    detail: InvalidAPITokenErrorDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invalid_api_token_error_detail import InvalidAPITokenErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["invalid_api_token"], d.pop("code"))
        if code != "invalid_api_token":
            raise ValueError(f"code must match const 'invalid_api_token', got '{code}'")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        _detail = d.pop("detail")
        detail: InvalidAPITokenErrorDetail
        if not isinstance(_detail, dict):
            raise TypeError(f"detail: expected an object, got {type(_detail).__name__}")

        detail = InvalidAPITokenErrorDetail.from_dict(_detail)

        invalid_api_token_error = cls(
            code=code,
            description=description,
            detail=detail,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invalid_api_token_error.additional_properties = additional_properties
        return invalid_api_token_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
