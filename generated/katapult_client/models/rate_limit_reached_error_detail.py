from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RateLimitReachedErrorDetail")


@_attrs_define
class RateLimitReachedErrorDetail:
    """
    Attributes:
        total_permitted (int | Unset): The total number of requests per minute that are permitted
    """

    total_permitted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_permitted = self.total_permitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_permitted is not UNSET:
            field_dict["total_permitted"] = total_permitted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_permitted = d.pop("total_permitted", UNSET)
        if not isinstance(total_permitted, Unset) and not (
            isinstance(total_permitted, int) and not isinstance(total_permitted, bool)
        ):
            raise TypeError(f"total_permitted: expected int, got {type(total_permitted).__name__}")

        rate_limit_reached_error_detail = cls(
            total_permitted=total_permitted,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        rate_limit_reached_error_detail.additional_properties = additional_properties
        return rate_limit_reached_error_detail

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
