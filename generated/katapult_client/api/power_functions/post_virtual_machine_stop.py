"""POST /virtual_machines/virtual_machine/stop: Stop virtual machine"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.api_error_response import APIErrorResponse
from ...models.invalid_api_token_response import InvalidAPITokenResponse
from ...models.invalid_capabilities_token_response import InvalidCapabilitiesTokenResponse
from ...models.missing_api_token_response import MissingAPITokenResponse
from ...models.object_in_trash_response import ObjectInTrashResponse
from ...models.permission_denied_response import PermissionDeniedResponse
from ...models.rate_limit_reached_response import RateLimitReachedResponse
from ...models.scope_not_granted_response import ScopeNotGrantedResponse
from ...models.service_unavailable_response import ServiceUnavailableResponse
from ...models.task_queueing_error_response import TaskQueueingErrorResponse
from ...models.task_response import TaskResponse
from ...models.unauthorized_network_for_api_token_response import UnauthorizedNetworkForAPITokenResponse
from ...models.virtual_machine_action_request import VirtualMachineActionRequest
from ...models.virtual_machine_not_found_response import VirtualMachineNotFoundResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: VirtualMachineActionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/virtual_machines/virtual_machine/stop",
    }
    # A dict or None here would otherwise fail deep in to_dict() with an AttributeError.
    if not isinstance(body, VirtualMachineActionRequest):
        raise TypeError(f"body must be a VirtualMachineActionRequest, not {type(body).__name__}")
    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> (
    APIErrorResponse
    | InvalidAPITokenResponse
    | InvalidCapabilitiesTokenResponse
    | PermissionDeniedResponse
    | ScopeNotGrantedResponse
    | UnauthorizedNetworkForAPITokenResponse
    | MissingAPITokenResponse
    | ObjectInTrashResponse
    | TaskQueueingErrorResponse
    | RateLimitReachedResponse
    | ServiceUnavailableResponse
    | VirtualMachineNotFoundResponse
    | TaskResponse
):
    # TypeError, ValueError and KeyError from the models mean "not this shape": a missing
    # field, a wrong type, an unknown code. They become one documented exception.
    try:
        if response.status_code == 200:
            _response_200 = json_body(response)
            response_200: TaskResponse
            if not isinstance(_response_200, dict):
                raise TypeError(f"response_200: expected an object, got {type(_response_200).__name__}")

            response_200 = TaskResponse.from_dict(_response_200)

            return response_200

        if response.status_code == 400:

            def _parse_response_400(data: object) -> APIErrorResponse | MissingAPITokenResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_400_type_0 = data
                    response_400_type_0: MissingAPITokenResponse
                    if not isinstance(_response_400_type_0, dict):
                        raise TypeError(
                            f"response_400_type_0: expected an object, got {type(_response_400_type_0).__name__}"
                        )

                    response_400_type_0 = MissingAPITokenResponse.from_dict(_response_400_type_0)

                    return response_400_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                _response_400_type_1 = data
                response_400_type_1: APIErrorResponse
                if not isinstance(_response_400_type_1, dict):
                    raise TypeError(
                        f"response_400_type_1: expected an object, got {type(_response_400_type_1).__name__}"
                    )

                response_400_type_1 = APIErrorResponse.from_dict(_response_400_type_1)

                return response_400_type_1

            response_400 = _parse_response_400(json_body(response))

            return response_400

        if response.status_code == 403:

            def _parse_response_403(
                data: object,
            ) -> (
                APIErrorResponse
                | InvalidAPITokenResponse
                | InvalidCapabilitiesTokenResponse
                | PermissionDeniedResponse
                | ScopeNotGrantedResponse
                | UnauthorizedNetworkForAPITokenResponse
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_403_type_0 = data
                    response_403_type_0: UnauthorizedNetworkForAPITokenResponse
                    if not isinstance(_response_403_type_0, dict):
                        raise TypeError(
                            f"response_403_type_0: expected an object, got {type(_response_403_type_0).__name__}"
                        )

                    response_403_type_0 = UnauthorizedNetworkForAPITokenResponse.from_dict(_response_403_type_0)

                    return response_403_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_403_type_1 = data
                    response_403_type_1: InvalidAPITokenResponse
                    if not isinstance(_response_403_type_1, dict):
                        raise TypeError(
                            f"response_403_type_1: expected an object, got {type(_response_403_type_1).__name__}"
                        )

                    response_403_type_1 = InvalidAPITokenResponse.from_dict(_response_403_type_1)

                    return response_403_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_403_type_2 = data
                    response_403_type_2: InvalidCapabilitiesTokenResponse
                    if not isinstance(_response_403_type_2, dict):
                        raise TypeError(
                            f"response_403_type_2: expected an object, got {type(_response_403_type_2).__name__}"
                        )

                    response_403_type_2 = InvalidCapabilitiesTokenResponse.from_dict(_response_403_type_2)

                    return response_403_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_403_type_3 = data
                    response_403_type_3: ScopeNotGrantedResponse
                    if not isinstance(_response_403_type_3, dict):
                        raise TypeError(
                            f"response_403_type_3: expected an object, got {type(_response_403_type_3).__name__}"
                        )

                    response_403_type_3 = ScopeNotGrantedResponse.from_dict(_response_403_type_3)

                    return response_403_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_403_type_4 = data
                    response_403_type_4: PermissionDeniedResponse
                    if not isinstance(_response_403_type_4, dict):
                        raise TypeError(
                            f"response_403_type_4: expected an object, got {type(_response_403_type_4).__name__}"
                        )

                    response_403_type_4 = PermissionDeniedResponse.from_dict(_response_403_type_4)

                    return response_403_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                _response_403_type_5 = data
                response_403_type_5: APIErrorResponse
                if not isinstance(_response_403_type_5, dict):
                    raise TypeError(
                        f"response_403_type_5: expected an object, got {type(_response_403_type_5).__name__}"
                    )

                response_403_type_5 = APIErrorResponse.from_dict(_response_403_type_5)

                return response_403_type_5

            response_403 = _parse_response_403(json_body(response))

            return response_403

        if response.status_code == 404:

            def _parse_response_404(data: object) -> APIErrorResponse | VirtualMachineNotFoundResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_404_type_0 = data
                    response_404_type_0: VirtualMachineNotFoundResponse
                    if not isinstance(_response_404_type_0, dict):
                        raise TypeError(
                            f"response_404_type_0: expected an object, got {type(_response_404_type_0).__name__}"
                        )

                    response_404_type_0 = VirtualMachineNotFoundResponse.from_dict(_response_404_type_0)

                    return response_404_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                _response_404_type_1 = data
                response_404_type_1: APIErrorResponse
                if not isinstance(_response_404_type_1, dict):
                    raise TypeError(
                        f"response_404_type_1: expected an object, got {type(_response_404_type_1).__name__}"
                    )

                response_404_type_1 = APIErrorResponse.from_dict(_response_404_type_1)

                return response_404_type_1

            response_404 = _parse_response_404(json_body(response))

            return response_404

        if response.status_code == 406:

            def _parse_response_406(
                data: object,
            ) -> APIErrorResponse | ObjectInTrashResponse | TaskQueueingErrorResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_406_type_0 = data
                    response_406_type_0: ObjectInTrashResponse
                    if not isinstance(_response_406_type_0, dict):
                        raise TypeError(
                            f"response_406_type_0: expected an object, got {type(_response_406_type_0).__name__}"
                        )

                    response_406_type_0 = ObjectInTrashResponse.from_dict(_response_406_type_0)

                    return response_406_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_406_type_1 = data
                    response_406_type_1: TaskQueueingErrorResponse
                    if not isinstance(_response_406_type_1, dict):
                        raise TypeError(
                            f"response_406_type_1: expected an object, got {type(_response_406_type_1).__name__}"
                        )

                    response_406_type_1 = TaskQueueingErrorResponse.from_dict(_response_406_type_1)

                    return response_406_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                _response_406_type_2 = data
                response_406_type_2: APIErrorResponse
                if not isinstance(_response_406_type_2, dict):
                    raise TypeError(
                        f"response_406_type_2: expected an object, got {type(_response_406_type_2).__name__}"
                    )

                response_406_type_2 = APIErrorResponse.from_dict(_response_406_type_2)

                return response_406_type_2

            response_406 = _parse_response_406(json_body(response))

            return response_406

        if response.status_code == 429:

            def _parse_response_429(data: object) -> APIErrorResponse | RateLimitReachedResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_429_type_0 = data
                    response_429_type_0: RateLimitReachedResponse
                    if not isinstance(_response_429_type_0, dict):
                        raise TypeError(
                            f"response_429_type_0: expected an object, got {type(_response_429_type_0).__name__}"
                        )

                    response_429_type_0 = RateLimitReachedResponse.from_dict(_response_429_type_0)

                    return response_429_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                _response_429_type_1 = data
                response_429_type_1: APIErrorResponse
                if not isinstance(_response_429_type_1, dict):
                    raise TypeError(
                        f"response_429_type_1: expected an object, got {type(_response_429_type_1).__name__}"
                    )

                response_429_type_1 = APIErrorResponse.from_dict(_response_429_type_1)

                return response_429_type_1

            response_429 = _parse_response_429(json_body(response))

            return response_429

        if response.status_code == 503:

            def _parse_response_503(data: object) -> APIErrorResponse | ServiceUnavailableResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    _response_503_type_0 = data
                    response_503_type_0: ServiceUnavailableResponse
                    if not isinstance(_response_503_type_0, dict):
                        raise TypeError(
                            f"response_503_type_0: expected an object, got {type(_response_503_type_0).__name__}"
                        )

                    response_503_type_0 = ServiceUnavailableResponse.from_dict(_response_503_type_0)

                    return response_503_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                _response_503_type_1 = data
                response_503_type_1: APIErrorResponse
                if not isinstance(_response_503_type_1, dict):
                    raise TypeError(
                        f"response_503_type_1: expected an object, got {type(_response_503_type_1).__name__}"
                    )

                response_503_type_1 = APIErrorResponse.from_dict(_response_503_type_1)

                return response_503_type_1

            response_503 = _parse_response_503(json_body(response))

            return response_503

        _response_default = json_body(response)
        response_default: APIErrorResponse
        if not isinstance(_response_default, dict):
            raise TypeError(f"response_default: expected an object, got {type(_response_default).__name__}")

        response_default = APIErrorResponse.from_dict(_response_default)

        return response_default

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponse.from_response(
            response, f"the body does not match the documented shape for HTTP {response.status_code} ({exc!r})"
        ) from exc


def _build_response(
    response: httpx.Response,
) -> Response[
    APIErrorResponse
    | InvalidAPITokenResponse
    | InvalidCapabilitiesTokenResponse
    | PermissionDeniedResponse
    | ScopeNotGrantedResponse
    | UnauthorizedNetworkForAPITokenResponse
    | MissingAPITokenResponse
    | ObjectInTrashResponse
    | TaskQueueingErrorResponse
    | RateLimitReachedResponse
    | ServiceUnavailableResponse
    | VirtualMachineNotFoundResponse
    | TaskResponse
]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VirtualMachineActionRequest,
) -> Response[
    APIErrorResponse
    | InvalidAPITokenResponse
    | InvalidCapabilitiesTokenResponse
    | PermissionDeniedResponse
    | ScopeNotGrantedResponse
    | UnauthorizedNetworkForAPITokenResponse
    | MissingAPITokenResponse
    | ObjectInTrashResponse
    | TaskQueueingErrorResponse
    | RateLimitReachedResponse
    | ServiceUnavailableResponse
    | VirtualMachineNotFoundResponse
    | TaskResponse
]:
    """Stop virtual machine

    Queues a task to stop a virtual machine.

    Scopes: `virtual_machines`, `virtual_machines:power_actions`. When using OAuth2
    authentication, scopes are prefixed with `api.katapult.io/core/v1/`.

    Args:
        body (VirtualMachineActionRequest): Arguments naming the virtual machine to act on.

    Returns:
        Response[...] whose `parsed` is, by status (errors are returned, not raised):
        200: TaskResponse
        400: APIErrorResponse | MissingAPITokenResponse
        403: APIErrorResponse | InvalidAPITokenResponse | InvalidCapabilitiesTokenResponse |
            PermissionDeniedResponse | ScopeNotGrantedResponse |
            UnauthorizedNetworkForAPITokenResponse
        404: APIErrorResponse | VirtualMachineNotFoundResponse
        406: APIErrorResponse | ObjectInTrashResponse | TaskQueueingErrorResponse
        429: APIErrorResponse | RateLimitReachedResponse
        503: APIErrorResponse | ServiceUnavailableResponse
        any other status: APIErrorResponse

    Raises:
        errors.UnexpectedResponse: an answer that is not one of the above (not JSON, a shape
            or status the spec does not document); it carries the status and the raw body.
        errors.APITimeoutError: no answer within `client.timeout`.
        errors.APIConnectionError: no answer at all.
    """

    return _build_response(
        client.send(
            _get_kwargs(
                body=body,
            )
        )
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: VirtualMachineActionRequest,
) -> (
    APIErrorResponse
    | InvalidAPITokenResponse
    | InvalidCapabilitiesTokenResponse
    | PermissionDeniedResponse
    | ScopeNotGrantedResponse
    | UnauthorizedNetworkForAPITokenResponse
    | MissingAPITokenResponse
    | ObjectInTrashResponse
    | TaskQueueingErrorResponse
    | RateLimitReachedResponse
    | ServiceUnavailableResponse
    | VirtualMachineNotFoundResponse
    | TaskResponse
):
    """Stop virtual machine

    Queues a task to stop a virtual machine.

    Scopes: `virtual_machines`, `virtual_machines:power_actions`. When using OAuth2
    authentication, scopes are prefixed with `api.katapult.io/core/v1/`.

    Args:
        body (VirtualMachineActionRequest): Arguments naming the virtual machine to act on.

    Returns:
        The parsed answer, by status (errors are returned, not raised):
        200: TaskResponse
        400: APIErrorResponse | MissingAPITokenResponse
        403: APIErrorResponse | InvalidAPITokenResponse | InvalidCapabilitiesTokenResponse |
            PermissionDeniedResponse | ScopeNotGrantedResponse |
            UnauthorizedNetworkForAPITokenResponse
        404: APIErrorResponse | VirtualMachineNotFoundResponse
        406: APIErrorResponse | ObjectInTrashResponse | TaskQueueingErrorResponse
        429: APIErrorResponse | RateLimitReachedResponse
        503: APIErrorResponse | ServiceUnavailableResponse
        any other status: APIErrorResponse

    Raises:
        errors.UnexpectedResponse: an answer that is not one of the above (not JSON, a shape
            or status the spec does not document); it carries the status and the raw body.
        errors.APITimeoutError: no answer within `client.timeout`.
        errors.APIConnectionError: no answer at all.
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VirtualMachineActionRequest,
) -> Response[
    APIErrorResponse
    | InvalidAPITokenResponse
    | InvalidCapabilitiesTokenResponse
    | PermissionDeniedResponse
    | ScopeNotGrantedResponse
    | UnauthorizedNetworkForAPITokenResponse
    | MissingAPITokenResponse
    | ObjectInTrashResponse
    | TaskQueueingErrorResponse
    | RateLimitReachedResponse
    | ServiceUnavailableResponse
    | VirtualMachineNotFoundResponse
    | TaskResponse
]:
    """Stop virtual machine

    Queues a task to stop a virtual machine.

    Scopes: `virtual_machines`, `virtual_machines:power_actions`. When using OAuth2
    authentication, scopes are prefixed with `api.katapult.io/core/v1/`.

    Args:
        body (VirtualMachineActionRequest): Arguments naming the virtual machine to act on.

    Returns:
        Response[...] whose `parsed` is, by status (errors are returned, not raised):
        200: TaskResponse
        400: APIErrorResponse | MissingAPITokenResponse
        403: APIErrorResponse | InvalidAPITokenResponse | InvalidCapabilitiesTokenResponse |
            PermissionDeniedResponse | ScopeNotGrantedResponse |
            UnauthorizedNetworkForAPITokenResponse
        404: APIErrorResponse | VirtualMachineNotFoundResponse
        406: APIErrorResponse | ObjectInTrashResponse | TaskQueueingErrorResponse
        429: APIErrorResponse | RateLimitReachedResponse
        503: APIErrorResponse | ServiceUnavailableResponse
        any other status: APIErrorResponse

    Raises:
        errors.UnexpectedResponse: an answer that is not one of the above (not JSON, a shape
            or status the spec does not document); it carries the status and the raw body.
        errors.APITimeoutError: no answer within `client.timeout`.
        errors.APIConnectionError: no answer at all.
    """

    return _build_response(
        await client.asend(
            _get_kwargs(
                body=body,
            )
        )
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VirtualMachineActionRequest,
) -> (
    APIErrorResponse
    | InvalidAPITokenResponse
    | InvalidCapabilitiesTokenResponse
    | PermissionDeniedResponse
    | ScopeNotGrantedResponse
    | UnauthorizedNetworkForAPITokenResponse
    | MissingAPITokenResponse
    | ObjectInTrashResponse
    | TaskQueueingErrorResponse
    | RateLimitReachedResponse
    | ServiceUnavailableResponse
    | VirtualMachineNotFoundResponse
    | TaskResponse
):
    """Stop virtual machine

    Queues a task to stop a virtual machine.

    Scopes: `virtual_machines`, `virtual_machines:power_actions`. When using OAuth2
    authentication, scopes are prefixed with `api.katapult.io/core/v1/`.

    Args:
        body (VirtualMachineActionRequest): Arguments naming the virtual machine to act on.

    Returns:
        The parsed answer, by status (errors are returned, not raised):
        200: TaskResponse
        400: APIErrorResponse | MissingAPITokenResponse
        403: APIErrorResponse | InvalidAPITokenResponse | InvalidCapabilitiesTokenResponse |
            PermissionDeniedResponse | ScopeNotGrantedResponse |
            UnauthorizedNetworkForAPITokenResponse
        404: APIErrorResponse | VirtualMachineNotFoundResponse
        406: APIErrorResponse | ObjectInTrashResponse | TaskQueueingErrorResponse
        429: APIErrorResponse | RateLimitReachedResponse
        503: APIErrorResponse | ServiceUnavailableResponse
        any other status: APIErrorResponse

    Raises:
        errors.UnexpectedResponse: an answer that is not one of the above (not JSON, a shape
            or status the spec does not document); it carries the status and the raw body.
        errors.APITimeoutError: no answer within `client.timeout`.
        errors.APIConnectionError: no answer at all.
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
