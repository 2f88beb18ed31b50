"""Stop a Katapult virtual machine and say what happened.

    KATAPULT_API_TOKEN=... python examples/stop_vm.py [VM_ID]

KATAPULT_BASE_URL points it at another server (`make demo` starts a Prism mock and points it
there). With --every-outcome, meant for the mock, it then asks for each kind of answer in
turn with Prism's `Prefer` header. Careful: against the real API, a VM_ID that exists is stopped.
"""

import logging
import os
import sys

from katapult_client import DEFAULT_BASE_URL, APIConnectionError, AuthenticatedClient, UnexpectedResponse
from katapult_client.api.power_functions import post_virtual_machine_stop
from katapult_client.models import (
    APIErrorResponse,
    ObjectInTrashResponse,
    RateLimitReachedResponse,
    ScopeNotGrantedResponse,
    TaskResponse,
    VirtualMachineActionRequest,
    VirtualMachineLookupById,
    VirtualMachineNotFoundResponse,
)

# Answers a Prism mock can be asked for: (status, the name of the spec's example).
OUTCOMES = [
    (403, "scope_not_granted"),
    (406, "object_in_trash"),
    (404, "virtual_machine_not_found"),
    (400, "missing_api_token"),
    (429, "rate_limit_reached"),
]


def stop_virtual_machine(client: AuthenticatedClient, vm_id: str) -> str:
    body = VirtualMachineActionRequest(virtual_machine=VirtualMachineLookupById(id=vm_id))
    try:
        answer = post_virtual_machine_stop.sync(client=client, body=body)
    except UnexpectedResponse as exc:  # not JSON (a proxy's HTML page), or a shape the spec does not document
        return f"unreadable answer: HTTP {exc.status_code}"
    except APIConnectionError as exc:  # no answer, or none in time (APITimeoutError): check before resending
        return f"no answer: {exc}"
    match answer:
        case TaskResponse(task=task):
            return f"queued {task.id} ({task.status})"
        case ScopeNotGrantedResponse(error=error):
            return f"the token lacks {error.detail.scopes}"
        case ObjectInTrashResponse():
            return "restore the virtual machine from the trash first"
        case VirtualMachineNotFoundResponse():
            return "no such virtual machine"
        case RateLimitReachedResponse(error=error):
            return f"rate limited at {error.detail.total_permitted} a minute, after retrying"
        case APIErrorResponse(error=error):  # a code this client does not list yet
            return f"{error.code}: {error.description}"
        case _:  # every other documented error has its own class too, all with .error.code
            return f"{answer.error.code}: {answer.error.description}"


def main(argv: list[str]) -> int:
    token = os.environ.get("KATAPULT_API_TOKEN")
    if not token:
        print("set KATAPULT_API_TOKEN (and KATAPULT_BASE_URL for another server)", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="    (%(name)s) %(message)s")
    vm_id = next((arg for arg in argv if not arg.startswith("--")), "vm_Xq3Zb8mKp2LwT9sD")
    base_url = os.environ.get("KATAPULT_BASE_URL", DEFAULT_BASE_URL)
    with AuthenticatedClient(base_url=base_url, token=token) as client:
        print(f"stop {vm_id}: {stop_virtual_machine(client, vm_id)}")
        if "--every-outcome" in argv:
            for status, example in OUTCOMES:
                with client.with_headers({"Prefer": f"code={status}, example={example}"}) as asking:
                    print(f"stop {vm_id}, mock asked for {example}: {stop_virtual_machine(asking, vm_id)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
