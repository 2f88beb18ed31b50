"""The README's usage example runs, and says what it claims for each kind of outcome."""

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from katapult_client import AuthenticatedClient

from .conftest import ScriptedTransport, answer, client_for
from .spec import SPEC_PATH
from .wire import VM_ID, error_body, task_body

README = SPEC_PATH.parent / "README.md"


def readme_stop_function() -> Callable[[AuthenticatedClient, str], str]:
    first_block = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)[0]
    namespace: dict[str, Any] = {}
    exec(compile(first_block, str(README), "exec"), namespace)
    function: Callable[[AuthenticatedClient, str], str] = namespace["stop_virtual_machine"]
    return function


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (answer(200, task_body("pending")), "queued task_nYC358tmksq9F1is (pending)"),
        (answer(403, error_body("scope_not_granted", "No scope", {"scopes": ["virtual_machines"]})), "the token lacks ['virtual_machines']"),
        (answer(406, error_body("object_in_trash", "In the trash", {"trash_object": None})), "restore the virtual machine from the trash first"),
        (answer(404, error_body("virtual_machine_not_found", "Not found")), "no such virtual machine"),
        (answer(429, error_body("rate_limit_reached", "Slow down", {"total_permitted": 1000})), "rate limited at 1000 a minute, after retrying"),
        (answer(400, error_body("invalid_argument", "Bad lookup", {"issue": "missing_lookup_value"})), "invalid_argument: Bad lookup"),
        (answer(403, error_body("permission_denied", "Not permitted", {"details": None})), "permission_denied: Not permitted"),
        (answer(502, b"<html>Bad Gateway</html>", {"Content-Type": "text/html"}), "unreadable answer: HTTP 502"),
        (httpx.ConnectError("connection refused"), "no answer: the connection failed (ConnectError: connection refused)"),
    ],
    ids=["task", "scope", "trash", "not-found", "rate-limit", "unlisted-code", "other-documented", "html", "no-answer"],
)  # fmt: skip
def test_readme_example_handles_each_kind_of_outcome(outcome: httpx.Response | Exception, expected: str) -> None:
    stop_virtual_machine = readme_stop_function()

    assert stop_virtual_machine(client_for(ScriptedTransport(outcome)), VM_ID) == expected


def test_readme_example_is_the_demo_scripts_own_code() -> None:
    first_block = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)[0]
    function = first_block[first_block.index("def stop_virtual_machine") :]

    assert function in (README.parent / "examples" / "stop_vm.py").read_text()
