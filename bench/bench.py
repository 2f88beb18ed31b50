"""`make bench`: what the generated client costs over raw httpx, and how fast regeneration is.

Every comparison runs both sides in the same process against the same loopback server (its own
process), interleaved in rounds so drift on the machine hits both alike. Prints one line per
figure, writes bench/results.md and the table in README.md. Exits non-zero only if it could
not run; a slow figure is reported, never failed.
"""

import asyncio
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import httpx
import katapult_client
from katapult_client import AuthenticatedClient, RetryPolicy
from katapult_client.api.power_functions import post_virtual_machine_stop

from tests.variants import VARIANTS
from tests.vcr_config import recorded
from tests.wire import BY_ID

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.md"
README = ROOT / "README.md"
TOKEN = "bench-token"
BODY = BY_ID
RAW_BODY = BY_ID.to_dict()
PATH = "/virtual_machines/virtual_machine/stop"
CALLS = 2000  # per side, after warm-up


@dataclass
class Figure:
    name: str
    ours: float  # seconds (or seconds per call)
    base: float
    spread: str
    target: str
    met: bool | None

    @property
    def ratio(self) -> float:
        return self.ours / self.base


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.1f} µs"


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def _p99(samples: list[float]) -> float:
    return sorted(samples)[int(len(samples) * 0.99) - 1]


def interleaved(ours: Callable[[], object], base: Callable[[], object]) -> tuple[list[float], list[float]]:
    """Per-call times of both, CALLS each after a warm-up, alternating call by call so that any
    drift on the machine falls on both sides alike."""
    for _ in range(200):
        ours()
        base()
    samples: tuple[list[float], list[float]] = ([], [])
    clock = time.perf_counter
    for index in range(2 * CALLS):
        side, call = (0, ours) if index % 2 == 0 else (1, base)
        start = clock()
        call()
        samples[side].append(clock() - start)
    return samples


async def interleaved_async(
    ours: Callable[[], Awaitable[object]], base: Callable[[], Awaitable[object]], concurrency: int
) -> tuple[list[float], list[float]]:
    """Per-call times (a batch's time divided by its size when concurrent), alternating rounds."""

    async def batch(call: Callable[[], Awaitable[object]]) -> float:
        start = time.perf_counter()
        await asyncio.gather(*(call() for _ in range(concurrency)))
        return (time.perf_counter() - start) / concurrency

    for _ in range(max(1, 200 // concurrency)):
        await batch(ours)
        await batch(base)
    samples: tuple[list[float], list[float]] = ([], [])
    batches = max(100, CALLS // concurrency)
    for index in range(batches):
        order = ((0, ours), (1, base)) if index % 2 == 0 else ((1, base), (0, ours))
        for side, call in order:
            for _ in range(max(1, CALLS // batches // concurrency)):
                samples[side].append(await batch(call))
    return samples


def compare(name: str, samples: tuple[list[float], list[float]], limit: float) -> Figure:
    ours, base = samples
    paired = statistics.median(a - b for a, b in zip(ours, base, strict=True))
    figure = Figure(
        name,
        statistics.median(ours),
        statistics.median(base),
        f"p99 {_us(_p99(ours))} vs {_us(_p99(base))}; paired median +{_us(paired)}; n={len(ours)}",
        f"≤ {limit:.2f} x",
        None,
    )
    figure.met = figure.ratio <= limit
    return figure


def stock_client_package(into: Path) -> None:
    """The same spec through openapi-python-client's own templates, as package stock_katapult_client."""
    config = into / "config.yml"
    config.write_text("package_name_override: stock_katapult_client\nproject_name_override: stock\n")
    subprocess.run(
        [str(Path(sys.executable).parent / "openapi-python-client"), "generate", "--path", str(ROOT / "openapi.yaml"),
         "--meta", "none", "--output-path", str(into / "stock_katapult_client"), "--config", str(config)],
        check=True, capture_output=True, env={**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"},
    )  # fmt: skip
    sys.path.insert(0, str(into))


def start_server() -> tuple[subprocess.Popen[str], int]:
    server = subprocess.Popen([sys.executable, "-m", "bench.server"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    return server, int(server.stdout.readline())


def calls(port: int) -> list[Figure]:
    figures = []
    url = f"http://127.0.0.1:{port}"
    raw_headers = {"Authorization": f"Bearer {TOKEN}", "User-Agent": "bench"}

    def client(route: str, retry: RetryPolicy | None = None) -> AuthenticatedClient:
        return AuthenticatedClient(base_url=f"{url}/{route}/core/v1", token=TOKEN, retry=retry or RetryPolicy())

    with client("ok") as ours, httpx.Client(base_url=f"{url}/ok/core/v1", headers=raw_headers) as raw:
        figures.append(
            compare(
                "sync call, 200",
                interleaved(
                    lambda: post_virtual_machine_stop.sync_detailed(client=ours, body=BODY),
                    lambda: json.loads(raw.post(PATH, json=RAW_BODY).content),
                ),
                1.05,
            )
        )
    for route, label in (("scope", "403 scope_not_granted"), ("trash", "406 object_in_trash")):
        with client(route) as ours, httpx.Client(base_url=f"{url}/{route}/core/v1", headers=raw_headers) as raw:
            figures.append(
                compare(
                    f"sync call, {label}",
                    interleaved(
                        lambda: post_virtual_machine_stop.sync_detailed(client=ours, body=BODY),
                        lambda: json.loads(raw.post(PATH, json=RAW_BODY).content),
                    ),
                    1.05,
                )
            )
    # Imported late: stock_client_package() generates it at run time.
    import stock_katapult_client  # type: ignore[import-not-found]
    from stock_katapult_client.api.power_functions import post_virtual_machine_stop as stock_stop  # type: ignore[import-not-found]
    from stock_katapult_client.models import (  # type: ignore[import-not-found]
        VirtualMachineActionRequest as StockRequest,
    )
    from stock_katapult_client.models import VirtualMachineLookupById as StockLookup

    stock_body = StockRequest(virtual_machine=StockLookup(id="vm_Xq3Zb8mKp2LwT9sD"))
    for route, label in (("ok", "200"), ("scope", "403 scope_not_granted")):
        with (
            client(route, RetryPolicy.disabled()) as ours,
            stock_katapult_client.AuthenticatedClient(base_url=f"{url}/{route}/core/v1", token=TOKEN) as stock,
        ):
            figure = compare(
                f"sync call, {label}: ours vs the stock generator's output",
                interleaved(
                    lambda: post_virtual_machine_stop.sync_detailed(client=ours, body=BODY),
                    lambda: stock_stop.sync_detailed(client=stock, body=stock_body),
                ),
                1.05,
            )
            figure.target = "reported"
            figure.met = None
            figures.append(figure)
    with client("ok") as default, client("ok", RetryPolicy.disabled()) as no_retry:
        figure = compare(
            "retry policy, no retry needed",
            interleaved(
                lambda: post_virtual_machine_stop.sync_detailed(client=default, body=BODY),
                lambda: post_virtual_machine_stop.sync_detailed(client=no_retry, body=BODY),
            ),
            1.02,
        )
        figure.name += " (default vs disabled)"
        figures.append(figure)

    async def async_figures() -> list[Figure]:
        found = []
        for concurrency, limit in ((1, 1.05), (50, 1.10)):
            async with (
                client("ok") as ours,
                httpx.AsyncClient(base_url=f"{url}/ok/core/v1", headers=raw_headers) as raw,
            ):

                async def ours_call() -> object:
                    return await post_virtual_machine_stop.asyncio_detailed(client=ours, body=BODY)

                async def raw_call() -> object:
                    return json.loads((await raw.post(PATH, json=RAW_BODY)).content)

                found.append(
                    compare(
                        f"async call, {concurrency} at a time" + (" (per call)" if concurrency > 1 else ""),
                        await interleaved_async(ours_call, raw_call, concurrency),
                        limit,
                    )
                )
        return found

    figures += asyncio.run(async_figures())
    return figures


def parsing() -> Figure:
    """The endpoint's whole parse (JSON, oneOf, from_dict) against json.loads alone, per fixture."""
    extra, loads = [], []
    for variant in VARIANTS:
        if variant.parsed_as is None:
            continue
        answer = recorded(variant)
        response = httpx.Response(answer.status, content=answer.body)
        response.read()
        repeats = 2000
        loads_time = min(_timeit(partial(json.loads, answer.body), repeats) for _ in range(5))
        parse_time = min(
            _timeit(partial(post_virtual_machine_stop._parse_response, response), repeats) for _ in range(5)
        )
        loads.append(loads_time)
        extra.append(parse_time)
    return Figure(
        f"parse one answer, {len(extra)} fixtures (median)",
        statistics.median(extra),
        statistics.median(loads),
        f"slowest fixture {_us(max(extra))} vs {_us(max(loads))}",
        "reported",
        None,
    )


def _timeit(call: Callable[[], object], repeats: int) -> float:
    start = time.perf_counter()
    for _ in range(repeats):
        call()
    return (time.perf_counter() - start) / repeats


def cold_import() -> Figure:
    # pip compiles a package to bytecode when it installs it; the editable install here does
    # not, so compile first, or every "cold" import would include compiling every model.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generated" / "katapult_client")], check=True)

    def once(module: str) -> float:
        code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
        return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)

    ours, base = [], []
    for _ in range(15):
        ours.append(once("katapult_client.api.power_functions.post_virtual_machine_stop"))
        base.append(once("httpx"))
    figure = Figure(
        "cold import (endpoint module and models vs httpx)",
        statistics.median(ours),
        statistics.median(base),
        f"n=15; min {_ms(min(ours))} vs {_ms(min(base))}",
        "≤ +20 ms",
        None,
    )
    figure.met = figure.ours - figure.base <= 0.020
    return figure


def regeneration() -> Figure:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(["make", "--no-print-directory", "generate"], cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    figure = Figure(
        "make generate (tools installed)",
        statistics.median(times),
        float("nan"),
        f"n=5; {min(times):.2f}-{max(times):.2f} s",
        "< 2 s",
        None,
    )
    figure.met = figure.ours < 2.0
    return figure


def describe(figure: Figure) -> tuple[str, str, str]:
    if figure.name.startswith("make generate"):
        return f"{figure.ours:.2f} s", "", "-"
    if figure.name.startswith("cold import"):
        return _ms(figure.ours), _ms(figure.base), f"+{(figure.ours - figure.base) * 1e3:.1f} ms"
    return _us(figure.ours), _us(figure.base), f"{figure.ratio:.3f} x"


def machine() -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = found.group(1) if found else cpu
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, httpx {httpx.__version__}, "
        f"katapult-client {katapult_client.__version__}, {platform.system()} {platform.machine()}"
    )


def table(figures: list[Figure]) -> str:
    rows = ["| figure | katapult-client | baseline | ratio | spread | target | met |", "|---|---|---|---|---|---|---|"]
    for figure in figures:
        ours, base, ratio = describe(figure)
        met = "—" if figure.met is None else ("yes" if figure.met else "**no**")
        rows.append(f"| {figure.name} | {ours} | {base} | {ratio} | {figure.spread} | {figure.target} | {met} |")
    return "\n".join(rows)


def main() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="katapult-bench-"))
    stock_client_package(workdir)
    server, port = start_server()
    try:
        figures = calls(port)
    finally:
        server.kill()
        server.wait()
    figures += [parsing(), cold_import(), regeneration()]
    shutil.rmtree(workdir)
    for figure in figures:
        ours, base, ratio = describe(figure)
        print(f"{figure.name}: {ours} vs {base or '-'} = {ratio} ({figure.spread}); target {figure.target}")
    stamp = time.strftime("%Y-%m-%d")
    body = table(figures)
    RESULTS.write_text(
        "# Benchmark results\n\n"
        f"Measured {stamp} by `make bench` on {machine()}.\n"
        "Baseline: raw `httpx` `post` of the same request plus `json.loads` of the body, against the\n"
        "same loopback server (`bench/server.py`, its own process, answering recorded cassettes),\n"
        f"alternating call by call, {CALLS} calls a side after 200 warm-up calls. Times are medians\n"
        "per call. Reproduce with `make test && make bench`.\n\n" + body + "\n"
    )
    readme = README.read_text()
    marked = re.compile(r"(<!-- bench:start -->\n).*?(<!-- bench:end -->)", re.DOTALL)
    if marked.search(readme):
        summary = f"Measured {stamp} on {machine()}; see `bench/results.md`.\n\n{body}\n"
        README.write_text(marked.sub(lambda m: m.group(1) + summary + m.group(2), readme))
    return 0


if __name__ == "__main__":
    sys.exit(main())
