from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VirtualMachineLookupByFqdn")


@_attrs_define
class VirtualMachineLookupByFqdn:
    """Look a virtual machine up by its fully qualified domain name.

    Attributes:
        fqdn (str): The virtual machine's FQDN.
    """

    fqdn: str

    def to_dict(self) -> dict[str, Any]:
        fqdn = self.fqdn

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fqdn": fqdn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fqdn = d.pop("fqdn")
        if not isinstance(fqdn, str):
            raise TypeError(f"fqdn: expected str, got {type(fqdn).__name__}")

        virtual_machine_lookup_by_fqdn = cls(
            fqdn=fqdn,
        )

        return virtual_machine_lookup_by_fqdn
