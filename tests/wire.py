"""What Katapult's answers look like on the wire (../shared/katapult-api-facts.md)."""

import json
from typing import Any

from katapult_client.models import VirtualMachineActionRequest, VirtualMachineLookupByFqdn, VirtualMachineLookupById

# Made up, and distinctive so a leak is easy to spot in any output.
TOKEN = "kt-test-Zr8q2VwLx5Nm4Tp9"
BASE_URL = "https://api.katapult.io/core/v1"
STOP_PATH = "/virtual_machines/virtual_machine/stop"
STOP_URL = BASE_URL + STOP_PATH
VM_ID = "vm_Xq3Zb8mKp2LwT9sD"
VM_FQDN = "web-1.example.katapult.cloud"
REQUEST_ID = "5f0c8a8e-2d0b-4b7e-9a61-3f8c1c2d9e47"

# The two ways to name the virtual machine to stop.
BY_ID = VirtualMachineActionRequest(virtual_machine=VirtualMachineLookupById(id=VM_ID))
BY_FQDN = VirtualMachineActionRequest(virtual_machine=VirtualMachineLookupByFqdn(fqdn=VM_FQDN))

# The headers the live API sends on every answer (facts, section 4).
WIRE_HEADERS = {
    "Content-Type": "application/json",
    "X-Request-Id": REQUEST_ID,
    "X-Ratelimit-Permitted": "1000",
    "X-Ratelimit-Remaining": "999",
    "Strict-Transport-Security": "max-age=31536000",
    "Vary": "Accept-Encoding",
}
ERROR_HEADERS = {**WIRE_HEADERS, "X-Api-Schema": "json-error", "Cache-Control": "no-cache"}
# What a proxy in front of the API sends when the API is down.
PROXY_HEADERS = {"Content-Type": "text/html", "X-Request-Id": REQUEST_ID}


def error_body(code: str, description: str, detail: dict[str, Any] | None = None) -> bytes:
    """An error as the live API sends it: inside the {"error": ...} envelope."""
    return json.dumps({"error": {"code": code, "description": description, "detail": detail or {}}}).encode()


def task_body(status: str, task_id: str = "task_nYC358tmksq9F1is") -> bytes:
    return json.dumps({"task": {"id": task_id, "name": "Stop virtual machine", "status": status}}).encode()
