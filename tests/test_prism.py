"""The generated client against Prism, a mock server built from openapi.yaml and validating both ways."""

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from katapult_client import AuthenticatedClient, RetryPolicy
from katapult_client.api.power_functions import post_virtual_machine_stop
from katapult_client.models import TaskResponse, TaskStatus, VirtualMachineActionRequest, VirtualMachineLookupById

from .prism import ROOT, running_prism
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
        response = post_virtual_machine_stop.sync_detailed(client=client, body=variant.body)

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


def test_demo_script_reports_each_outcome_from_prism(prism: AuthenticatedClient) -> None:
    env = {**os.environ, "KATAPULT_BASE_URL": prism.base_url, "KATAPULT_API_TOKEN": "demo-token"}
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "stop_vm.py"), "--every-outcome"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip

    asked = "stop vm_Xq3Zb8mKp2LwT9sD, mock asked for"
    assert run.stdout.splitlines() == [
        "stop vm_Xq3Zb8mKp2LwT9sD: queued task_nYC358tmksq9F1is (pending)",
        f"{asked} scope_not_granted: the token lacks ['virtual_machines', 'virtual_machines:power_actions']",
        f"{asked} object_in_trash: restore the virtual machine from the trash first",
        f"{asked} virtual_machine_not_found: no such virtual machine",
        f"{asked} missing_api_token: missing_api_token: No API token was provided in the Authorization header. "
        "Ensure a token is provided prefixed with Bearer",
        f"{asked} rate_limit_reached: rate limited at 1000 a minute, after retrying",
    ]
    assert "HTTP 429; retry 2 of 2" in run.stderr
    assert "demo-token" not in run.stdout + run.stderr
