"""`make record`: record every cassette in tests/cassettes/ again.

Documented variants are recorded from KATAPULT_BASE_URL with KATAPULT_API_TOKEN, or, when
KATAPULT_BASE_URL is unset, from Prism serving openapi.yaml. Each request asks for its example
with `Prefer: code=..., example=...` (Prism honours it, Katapult ignores it); an answer that is
not the variant asked for is not written, and the old cassette stays. Real-world variants are
recorded from a loopback server that sends exactly what tests/variants.py describes.
The token never reaches a cassette: see vcr_config.scrub_request.
"""

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from katapult_client import AuthenticatedClient, KatapultError, RetryPolicy
from katapult_client.api.power_functions import post_virtual_machine_stop

from .loopback import Answer, ScriptedServer
from .prism import running_prism
from .variants import VARIANTS, Variant
from .vcr_config import make_vcr
from .wire import TOKEN


def _code_of(parsed: object) -> str | None:
    task = getattr(parsed, "task", None)
    if task is not None:
        return str(getattr(task.status, "value", task.status))
    error = getattr(parsed, "error", None)
    return None if error is None else str(error.code)


@contextmanager
def _source(variant: Variant, documented_base_url: str) -> Iterator[str]:
    if variant.wire is None:
        yield documented_base_url
        return
    wire = variant.wire
    server = ScriptedServer([Answer(wire.status, wire.body, wire.headers)])
    with server.running():
        yield f"{server.url}/core/v1"


def record(variant: Variant, base_url: str, token: str) -> str:
    """Record one variant; return what happened, in a few words."""
    staging = variant.cassette.with_suffix(".new.yaml")
    staging.unlink(missing_ok=True)
    headers = {"Prefer": f"code={variant.status}, example={variant.example}"} if variant.example else {}
    client = AuthenticatedClient(base_url=base_url, token=token, headers=headers, retry=RetryPolicy.disabled())
    with client, make_vcr("all").use_cassette(staging.name):
        got: tuple[int | None, type | None, str | None]
        try:
            response = post_virtual_machine_stop.sync_detailed(client=client, body=variant.body)
            got = (response.status_code, type(response.parsed), _code_of(response.parsed))
        except KatapultError as exc:
            got = (getattr(exc, "status_code", None), None, None)
    if got != (variant.status, variant.parsed_as, variant.code):
        staging.unlink(missing_ok=True)
        return f"kept the old cassette: the server answered {got}"
    staging.replace(variant.cassette)
    return "recorded"


def main() -> int:
    base_url = os.environ.get("KATAPULT_BASE_URL")
    token = os.environ.get("KATAPULT_API_TOKEN", TOKEN if base_url is None else "")
    if base_url and not token:
        print("KATAPULT_API_TOKEN is required with KATAPULT_BASE_URL", file=sys.stderr)
        return 2
    Path(VARIANTS[0].cassette).parent.mkdir(exist_ok=True)
    with running_prism() if base_url is None else nullcontext(base_url) as documented_base_url:
        for variant in VARIANTS:
            with _source(variant, documented_base_url) as source:
                print(f"{variant.name}: {record(variant, source, token)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
