from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.object_in_trash_error_detail import ObjectInTrashErrorDetail


T = TypeVar("T", bound="ObjectInTrashError")


@_attrs_define
class ObjectInTrashError:
    """The object found is in the trash and therefore cannot be manipulated through the API. It should be restored in order
    to run this operation.

        Attributes:
            code (Literal['object_in_trash']):
            description (str):
            detail (ObjectInTrashErrorDetail):
    """

    code: Literal["object_in_trash"]
    description: str
    detail: ObjectInTrashErrorDetail
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
        from ..models.object_in_trash_error_detail import ObjectInTrashErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["object_in_trash"], d.pop("code"))
        if code != "object_in_trash":
            raise ValueError(f"code must match const 'object_in_trash', got '{code}'")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        _detail = d.pop("detail")
        detail: ObjectInTrashErrorDetail
        if not isinstance(_detail, dict):
            raise TypeError(f"detail: expected an object, got {type(_detail).__name__}")

        detail = ObjectInTrashErrorDetail.from_dict(_detail)

        object_in_trash_error = cls(
            code=code,
            description=description,
            detail=detail,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        object_in_trash_error.additional_properties = additional_properties
        return object_in_trash_error

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
