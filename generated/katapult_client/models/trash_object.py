from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrashObject")


@_attrs_define
class TrashObject:
    """
    Attributes:
        id (str | Unset):
        keep_until (int | Unset): When the object will be purged from the trash (unix seconds).
        object_id (str | Unset):
        object_type (str | Unset):
    """

    id: str | Unset = UNSET
    keep_until: int | Unset = UNSET
    object_id: str | Unset = UNSET
    object_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        keep_until = self.keep_until

        object_id = self.object_id

        object_type = self.object_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if keep_until is not UNSET:
            field_dict["keep_until"] = keep_until
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        keep_until = d.pop("keep_until", UNSET)
        if not isinstance(keep_until, Unset) and not (isinstance(keep_until, int) and not isinstance(keep_until, bool)):
            raise TypeError(f"keep_until: expected int, got {type(keep_until).__name__}")

        object_id = d.pop("object_id", UNSET)
        if not isinstance(object_id, Unset) and not isinstance(object_id, str):
            raise TypeError(f"object_id: expected str, got {type(object_id).__name__}")

        object_type = d.pop("object_type", UNSET)
        if not isinstance(object_type, Unset) and not isinstance(object_type, str):
            raise TypeError(f"object_type: expected str, got {type(object_type).__name__}")

        trash_object = cls(
            id=id,
            keep_until=keep_until,
            object_id=object_id,
            object_type=object_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        trash_object.additional_properties = additional_properties
        return trash_object

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
