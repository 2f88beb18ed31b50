from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invalid_capabilities_token_error_detail import InvalidCapabilitiesTokenErrorDetail


T = TypeVar("T", bound="InvalidCapabilitiesTokenError")


@_attrs_define
class InvalidCapabilitiesTokenError:
    """The capabilities token provided was not valid (either not valid, expired or not signed by the correct key)

    Attributes:
        code (Literal['invalid_capabilities_token']):
        description (str):
        detail (InvalidCapabilitiesTokenErrorDetail):
    """

    code: Literal["invalid_capabilities_token"]
    description: str
    detail: InvalidCapabilitiesTokenErrorDetail
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
        from ..models.invalid_capabilities_token_error_detail import InvalidCapabilitiesTokenErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["invalid_capabilities_token"], d.pop("code"))
        if code != "invalid_capabilities_token":
            raise ValueError(f"code must match const 'invalid_capabilities_token', got '{code}'")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        _detail = d.pop("detail")
        detail: InvalidCapabilitiesTokenErrorDetail
        if not isinstance(_detail, dict):
            raise TypeError(f"detail: expected an object, got {type(_detail).__name__}")

        detail = InvalidCapabilitiesTokenErrorDetail.from_dict(_detail)

        invalid_capabilities_token_error = cls(
            code=code,
            description=description,
            detail=detail,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invalid_capabilities_token_error.additional_properties = additional_properties
        return invalid_capabilities_token_error

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
