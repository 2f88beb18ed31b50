from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unauthorized_network_for_api_token_error_detail import UnauthorizedNetworkForAPITokenErrorDetail


T = TypeVar("T", bound="UnauthorizedNetworkForAPITokenError")


@_attrs_define
class UnauthorizedNetworkForAPITokenError:
    """Network is not allowed to access the API with this API token

    Attributes:
        code (Literal['unauthorized_network_for_api_token']):
        description (str):
        detail (UnauthorizedNetworkForAPITokenErrorDetail):
    """

    code: Literal["unauthorized_network_for_api_token"]
    description: str
    detail: UnauthorizedNetworkForAPITokenErrorDetail
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
        from ..models.unauthorized_network_for_api_token_error_detail import UnauthorizedNetworkForAPITokenErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["unauthorized_network_for_api_token"], d.pop("code"))
        if code != "unauthorized_network_for_api_token":
            raise ValueError(f"code must match const 'unauthorized_network_for_api_token', got '{code}'")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        _detail = d.pop("detail")
        detail: UnauthorizedNetworkForAPITokenErrorDetail
        if not isinstance(_detail, dict):
            raise TypeError(f"detail: expected an object, got {type(_detail).__name__}")

        detail = UnauthorizedNetworkForAPITokenErrorDetail.from_dict(_detail)

        unauthorized_network_for_api_token_error = cls(
            code=code,
            description=description,
            detail=detail,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        unauthorized_network_for_api_token_error.additional_properties = additional_properties
        return unauthorized_network_for_api_token_error

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
