"""A client library for accessing Katapult Core API (stop virtual machine)

Generated from openapi.yaml by openapi-python-client; do not edit by hand.
"""

from .client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, AuthenticatedClient, Client, RetryPolicy
from .errors import APIConnectionError, APITimeoutError, KatapultError, UnexpectedResponse
from .types import UNSET, Response, Unset

__version__ = "0.1.0"

__all__ = (
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticatedClient",
    "Client",
    "KatapultError",
    "Response",
    "RetryPolicy",
    "UnexpectedResponse",
    "Unset",
)
