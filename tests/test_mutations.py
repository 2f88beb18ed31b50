"""The tests bite: each deliberate breakage of the generated code makes the suite fail.

Each mutation edits a throwaway copy of generated/katapult_client, then runs the contract
tests against that copy (put first on PYTHONPATH) and expects them to fail.
"""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "katapult_client"
SUITE = [
    "tests/test_cassettes.py",
    "tests/test_post_virtual_machine_stop.py",
    "tests/test_client.py",
    "tests/test_retries.py",
]


@dataclass(frozen=True)
class Mutation:
    name: str
    file: str
    before: str
    after: str


MUTATIONS = [
    Mutation(
        "another URL",
        "api/power_functions/post_virtual_machine_stop.py",
        '"url": "/virtual_machines/virtual_machine/stop"',
        '"url": "/virtual_machines/virtual_machine/start"',
    ),
    Mutation(
        "generic error first in the 403 oneOf",
        "api/power_functions/post_virtual_machine_stop.py",
        "response_403_type_0 = UnauthorizedNetworkForAPITokenResponse.from_dict(",
        "response_403_type_0 = APIErrorResponse.from_dict(",
    ),
    Mutation("task status dropped from to_dict", "models/task.py", '"status": status,', ""),
    Mutation(
        "no type check on task.id", "models/task.py", 'raise TypeError(f"id: expected str', 'print(f"id: expected str'
    ),
    Mutation("403 retried", "client.py", "frozenset({429, 503})", "frozenset({403, 429, 503})"),
    Mutation("token shown in repr", "client.py", "token: str = field(repr=False)", "token: str = field()"),
]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[mutation.name for mutation in MUTATIONS])
def test_suite_fails_on_a_broken_client(mutation: Mutation, tmp_path: Path) -> None:
    copy = tmp_path / "katapult_client"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / mutation.file
    source = target.read_text()
    assert source.count(mutation.before) == 1, "the mutation no longer applies: update it to the generated code"
    target.write_text(source.replace(mutation.before, mutation.after))
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}

    where = subprocess.run(
        [sys.executable, "-c", "import katapult_client; print(katapult_client.__file__)"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert where.stdout.strip() == str(copy / "__init__.py")

    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *SUITE],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 1, run.stdout[-2000:]
    assert "1 failed" in run.stdout
