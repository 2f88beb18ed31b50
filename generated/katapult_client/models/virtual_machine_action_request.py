from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.virtual_machine_lookup_by_fqdn import VirtualMachineLookupByFqdn
    from ..models.virtual_machine_lookup_by_id import VirtualMachineLookupById


T = TypeVar("T", bound="VirtualMachineActionRequest")


@_attrs_define
class VirtualMachineActionRequest:
    """Arguments naming the virtual machine to act on.

    Attributes:
        virtual_machine (VirtualMachineLookupByFqdn | VirtualMachineLookupById): All 'virtual_machine[]' params are
            mutually exclusive, only one can be provided.
    """

    virtual_machine: VirtualMachineLookupByFqdn | VirtualMachineLookupById

    def to_dict(self) -> dict[str, Any]:
        from ..models.virtual_machine_lookup_by_id import VirtualMachineLookupById  # noqa: PLC0415

        virtual_machine: dict[str, Any]
        if isinstance(self.virtual_machine, VirtualMachineLookupById):
            virtual_machine = self.virtual_machine.to_dict()

        else:
            virtual_machine = self.virtual_machine.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "virtual_machine": virtual_machine,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.virtual_machine_lookup_by_fqdn import VirtualMachineLookupByFqdn  # noqa: PLC0415
        from ..models.virtual_machine_lookup_by_id import VirtualMachineLookupById  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_virtual_machine(data: object) -> VirtualMachineLookupByFqdn | VirtualMachineLookupById:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _virtual_machine_type_0 = data
                virtual_machine_type_0: VirtualMachineLookupById
                if not isinstance(_virtual_machine_type_0, dict):
                    raise TypeError(
                        f"virtual_machine_type_0: expected an object, got {type(_virtual_machine_type_0).__name__}"
                    )

                virtual_machine_type_0 = VirtualMachineLookupById.from_dict(_virtual_machine_type_0)

                return virtual_machine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _virtual_machine_type_1 = data
            virtual_machine_type_1: VirtualMachineLookupByFqdn
            if not isinstance(_virtual_machine_type_1, dict):
                raise TypeError(
                    f"virtual_machine_type_1: expected an object, got {type(_virtual_machine_type_1).__name__}"
                )

            virtual_machine_type_1 = VirtualMachineLookupByFqdn.from_dict(_virtual_machine_type_1)

            return virtual_machine_type_1

        virtual_machine = _parse_virtual_machine(d.pop("virtual_machine"))

        virtual_machine_action_request = cls(
            virtual_machine=virtual_machine,
        )

        return virtual_machine_action_request
