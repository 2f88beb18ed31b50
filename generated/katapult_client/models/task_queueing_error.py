from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_queueing_error_detail import TaskQueueingErrorDetail


T = TypeVar("T", bound="TaskQueueingError")


@_attrs_define
class TaskQueueingError:
    """This error means that a background task that was needed to complete your request could not be queued

    Attributes:
        code (Literal['task_queueing_error']):
        description (str):
        detail (TaskQueueingErrorDetail):
    """

    code: Literal["task_queueing_error"]
    description: str
    detail: TaskQueueingErrorDetail
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
        from ..models.task_queueing_error_detail import TaskQueueingErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["task_queueing_error"], d.pop("code"))
        if code != "task_queueing_error":
            raise ValueError(f"code must match const 'task_queueing_error', got '{code}'")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected str, got {type(description).__name__}")

        _detail = d.pop("detail")
        detail: TaskQueueingErrorDetail
        if not isinstance(_detail, dict):
            raise TypeError(f"detail: expected an object, got {type(_detail).__name__}")

        detail = TaskQueueingErrorDetail.from_dict(_detail)

        task_queueing_error = cls(
            code=code,
            description=description,
            detail=detail,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_queueing_error.additional_properties = additional_properties
        return task_queueing_error

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
