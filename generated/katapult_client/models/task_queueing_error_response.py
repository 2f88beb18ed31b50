from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_queueing_error import TaskQueueingError


T = TypeVar("T", bound="TaskQueueingErrorResponse")


@_attrs_define
class TaskQueueingErrorResponse:
    """
    Attributes:
        error (TaskQueueingError): This error means that a background task that was needed to complete your request
            could not be queued
    """

    error: TaskQueueingError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_queueing_error import TaskQueueingError  # noqa: PLC0415

        d = dict(src_dict)
        _error = d.pop("error")
        error: TaskQueueingError
        if not isinstance(_error, dict):
            raise TypeError(f"error: expected an object, got {type(_error).__name__}")

        error = TaskQueueingError.from_dict(_error)

        task_queueing_error_response = cls(
            error=error,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_queueing_error_response.additional_properties = additional_properties
        return task_queueing_error_response

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
