from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VirtualMachineLookupById")


@_attrs_define
class VirtualMachineLookupById:
    """Look a virtual machine up by its id.

    Attributes:
        id (str): The virtual machine's id, such as `vm_Xq3Zb8mKp2LwT9sD`.
    """

    id: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        virtual_machine_lookup_by_id = cls(
            id=id,
        )

        return virtual_machine_lookup_by_id
