"""The generated client against Prism, a mock server built from openapi.yaml and validating both ways."""

from collections.abc import Iterator

import pytest
from katapult_client import AuthenticatedClient, RetryPolicy
from katapult_client.api.power_functions import post_virtual_machine_stop
from katapult_client.models import TaskResponse, TaskStatus, VirtualMachineActionRequest, VirtualMachineLookupById

from .prism import running_prism
from .record import request_body
from .variants import VARIANTS, Kind, Variant
from .wire import TOKEN

DOCUMENTED = [variant for variant in VARIANTS if variant.kind is Kind.DOCUMENTED]


@pytest.fixture(scope="module")
def prism() -> Iterator[AuthenticatedClient]:
    with running_prism() as base_url:
        with AuthenticatedClient(base_url=base_url, token=TOKEN, retry=RetryPolicy.disabled()) as client:
            yield client


@pytest.mark.parametrize("variant", DOCUMENTED, ids=[variant.name for variant in DOCUMENTED])
def test_each_documented_answer_from_prism_parses_into_its_class(prism: AuthenticatedClient, variant: Variant) -> None:
    client = prism.with_headers({"Prefer": f"code={variant.status}, example={variant.example}"})
    with client:
        response = post_virtual_machine_stop.sync_detailed(client=client, body=request_body(variant))

    # Prism reports what it found invalid, in the request or in its own answer, in this header.
    assert "sl-violations" not in response.headers
    assert response.status_code == variant.status
    assert type(response.parsed) is variant.parsed_as
    if isinstance(response.parsed, TaskResponse):
        assert response.parsed.task.status == TaskStatus(str(variant.code))
    else:
        assert response.parsed.error.code == variant.code


def test_prism_refuses_a_request_the_spec_does_not_allow(prism: AuthenticatedClient) -> None:
    # The client cannot build a malformed lookup, but an id of the wrong shape gets through
    # its types; Prism, validating against the spec's pattern, names the violation.
    body = VirtualMachineActionRequest(virtual_machine=VirtualMachineLookupById(id="not-a-vm-id"))

    response = post_virtual_machine_stop.sync_detailed(client=prism, body=body)

    # Prism answers an invalid request with the spec's 400 and the violations in a header.
    assert response.status_code == 400
    assert "virtual_machine.id must match pattern" in response.headers["sl-violations"]
