from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_detail import APIErrorDetail


T = TypeVar("T", bound="APIError")


@_attrs_define
class APIError:
    """
    Attributes:
        code (str):
        description (str | Unset):
        detail (APIErrorDetail | Unset):
    """

    code: str
    description: str | Unset = UNSET
    detail: APIErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error_detail import APIErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")
        if not isinstance(code, str):
            raise TypeError(f"code: expected str, got {type(code).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, Unset) and not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        _detail = d.pop("detail", UNSET)
        detail: APIErrorDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            if not isinstance(_detail, dict):
                raise TypeError(f"detail: expected an object, got {type(_detail).__name__}")

            detail = APIErrorDetail.from_dict(_detail)

        api_error = cls(
            code=code,
            description=description,
            detail=detail,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        api_error.additional_properties = additional_properties
        return api_error

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
