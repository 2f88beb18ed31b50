"""Stoplight Prism, the mock server built from openapi.yaml, on a free loopback port.

`python -m tests.prism COMMAND...` runs COMMAND with Prism up and KATAPULT_BASE_URL pointing at it.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 60.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"prism exited with {process.returncode} before listening")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"prism did not listen on port {port} within {STARTUP_SECONDS:.0f} s")


@contextmanager
def running_prism(spec: Path = ROOT / "openapi.yaml") -> Iterator[str]:
    """Yield Prism's base URL. Prism serves paths without the servers' /core/v1 prefix."""
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run 'make tools'")
    port = _free_port()
    log = open(os.devnull, "wb")
    process = subprocess.Popen(
        [str(PRISM), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port), "--errors", "false"],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so stopping it stops node's children too
    )
    try:
        _wait_until_listening(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


if __name__ == "__main__":
    with running_prism() as base_url:
        sys.exit(subprocess.call(sys.argv[1:], env={**os.environ, "KATAPULT_BASE_URL": base_url}))
