"""Contains all the data models used in inputs/outputs"""

from .api_error import APIError
from .api_error_detail import APIErrorDetail
from .api_error_response import APIErrorResponse
from .invalid_api_token_error import InvalidAPITokenError
from .invalid_api_token_error_detail import InvalidAPITokenErrorDetail
from .invalid_api_token_response import InvalidAPITokenResponse
from .invalid_capabilities_token_error import InvalidCapabilitiesTokenError
from .invalid_capabilities_token_error_detail import InvalidCapabilitiesTokenErrorDetail
from .invalid_capabilities_token_response import InvalidCapabilitiesTokenResponse
from .missing_api_token_error import MissingAPITokenError
from .missing_api_token_error_detail import MissingAPITokenErrorDetail
from .missing_api_token_response import MissingAPITokenResponse
from .object_in_trash_error import ObjectInTrashError
from .object_in_trash_error_detail import ObjectInTrashErrorDetail
from .object_in_trash_response import ObjectInTrashResponse
from .permission_denied_error import PermissionDeniedError
from .permission_denied_error_detail import PermissionDeniedErrorDetail
from .permission_denied_response import PermissionDeniedResponse
from .rate_limit_reached_error import RateLimitReachedError
from .rate_limit_reached_error_detail import RateLimitReachedErrorDetail
from .rate_limit_reached_response import RateLimitReachedResponse
from .scope_not_granted_error import ScopeNotGrantedError
from .scope_not_granted_error_detail import ScopeNotGrantedErrorDetail
from .scope_not_granted_response import ScopeNotGrantedResponse
from .service_unavailable_error import ServiceUnavailableError
from .service_unavailable_error_detail import ServiceUnavailableErrorDetail
from .service_unavailable_response import ServiceUnavailableResponse
from .task import Task
from .task_queueing_error import TaskQueueingError
from .task_queueing_error_detail import TaskQueueingErrorDetail
from .task_queueing_error_response import TaskQueueingErrorResponse
from .task_response import TaskResponse
from .task_status import TaskStatus
from .trash_object import TrashObject
from .unauthorized_network_for_api_token_error import UnauthorizedNetworkForAPITokenError
from .unauthorized_network_for_api_token_error_detail import UnauthorizedNetworkForAPITokenErrorDetail
from .unauthorized_network_for_api_token_response import UnauthorizedNetworkForAPITokenResponse
from .virtual_machine_action_request import VirtualMachineActionRequest
from .virtual_machine_lookup_by_fqdn import VirtualMachineLookupByFqdn
from .virtual_machine_lookup_by_id import VirtualMachineLookupById
from .virtual_machine_not_found_error import VirtualMachineNotFoundError
from .virtual_machine_not_found_error_detail import VirtualMachineNotFoundErrorDetail
from .virtual_machine_not_found_response import VirtualMachineNotFoundResponse

__all__ = (
    "APIError",
    "APIErrorDetail",
    "APIErrorResponse",
    "InvalidAPITokenError",
    "InvalidAPITokenErrorDetail",
    "InvalidAPITokenResponse",
    "InvalidCapabilitiesTokenError",
    "InvalidCapabilitiesTokenErrorDetail",
    "InvalidCapabilitiesTokenResponse",
    "MissingAPITokenError",
    "MissingAPITokenErrorDetail",
    "MissingAPITokenResponse",
    "ObjectInTrashError",
    "ObjectInTrashErrorDetail",
    "ObjectInTrashResponse",
    "PermissionDeniedError",
    "PermissionDeniedErrorDetail",
    "PermissionDeniedResponse",
    "RateLimitReachedError",
    "RateLimitReachedErrorDetail",
    "RateLimitReachedResponse",
    "ScopeNotGrantedError",
    "ScopeNotGrantedErrorDetail",
    "ScopeNotGrantedResponse",
    "ServiceUnavailableError",
    "ServiceUnavailableErrorDetail",
    "ServiceUnavailableResponse",
    "Task",
    "TaskQueueingError",
    "TaskQueueingErrorDetail",
    "TaskQueueingErrorResponse",
    "TaskResponse",
    "TaskStatus",
    "TrashObject",
    "UnauthorizedNetworkForAPITokenError",
    "UnauthorizedNetworkForAPITokenErrorDetail",
    "UnauthorizedNetworkForAPITokenResponse",
    "VirtualMachineActionRequest",
    "VirtualMachineLookupByFqdn",
    "VirtualMachineLookupById",
    "VirtualMachineNotFoundError",
    "VirtualMachineNotFoundErrorDetail",
    "VirtualMachineNotFoundResponse",
)
