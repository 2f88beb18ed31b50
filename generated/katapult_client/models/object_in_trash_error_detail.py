from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trash_object import TrashObject


T = TypeVar("T", bound="ObjectInTrashErrorDetail")


@_attrs_define
class ObjectInTrashErrorDetail:
    """
    Attributes:
        trash_object (None | TrashObject | Unset):
    """

    trash_object: None | TrashObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trash_object import TrashObject  # noqa: PLC0415

        trash_object: dict[str, Any] | None | Unset
        if isinstance(self.trash_object, Unset):
            trash_object = UNSET
        elif isinstance(self.trash_object, TrashObject):
            trash_object = self.trash_object.to_dict()

        else:
            trash_object = self.trash_object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trash_object is not UNSET:
            field_dict["trash_object"] = trash_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trash_object import TrashObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_trash_object(data: object) -> None | TrashObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _trash_object_type_0 = data
                trash_object_type_0: TrashObject
                if not isinstance(_trash_object_type_0, dict):
                    raise TypeError(
                        f"trash_object_type_0: expected an object, got {type(_trash_object_type_0).__name__}"
                    )

                trash_object_type_0 = TrashObject.from_dict(_trash_object_type_0)

                return trash_object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (data is None):
                raise TypeError()
            trash_object_type_1 = data
            if not (trash_object_type_1 is None):
                raise TypeError(f"trash_object_type_1: expected None, got {type(trash_object_type_1).__name__}")

            return trash_object_type_1

        trash_object = _parse_trash_object(d.pop("trash_object", UNSET))

        object_in_trash_error_detail = cls(
            trash_object=trash_object,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        object_in_trash_error_detail.additional_properties = additional_properties
        return object_in_trash_error_detail

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
