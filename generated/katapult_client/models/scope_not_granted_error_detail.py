from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScopeNotGrantedErrorDetail")


@_attrs_define
class ScopeNotGrantedErrorDetail:
    """
    Attributes:
        scopes (list[str] | Unset):
    """

    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scopes = d.pop("scopes", UNSET)
        scopes: list[str] | Unset
        if isinstance(_scopes, Unset):
            scopes = UNSET
        else:
            if not isinstance(_scopes, list):
                raise TypeError(f"scopes: expected a list, got {type(_scopes).__name__}")
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = scopes_item_data
                if not isinstance(scopes_item, str):
                    raise TypeError(f"scopes_item: expected str, got {type(scopes_item).__name__}")

                scopes.append(scopes_item)

        scope_not_granted_error_detail = cls(
            scopes=scopes,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scope_not_granted_error_detail.additional_properties = additional_properties
        return scope_not_granted_error_detail

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
