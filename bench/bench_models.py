"""Structure/unstructure speed of the generated models against peers generated from our spec.

The payload is a ``GetInstancesResponse`` with 1,000 fully populated instances (built from the
model graph): every field set, every array with ``ITEMS`` items, every UUID and date-time
distinct (a tenth of the date-times with microseconds, a tenth at a +02:00 offset).
Structure is decoded JSON (dicts) -> models, unstructure models -> JSON dicts.
Peers, generated into a temporary directory at run time from ``spec/openapi.yaml``:
openapi-python-client (``from_dict``/``to_dict``), datamodel-code-generator's pydantic v2
models (``model_validate``/``model_dump``) and msgspec structs (``convert``/``to_builtins``).
Each timing is the best of 15 runs, garbage collector off, the implementations taking turns
in each round. Also measures the memory the models of the payload hold (``tracemalloc``) and
the import time of ``ukc_client`` and of ``ukc_client.models``.

Run from the repository root:  python bench/bench_models.py
"""

from __future__ import annotations

import copy
import functools
import gc
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated"), str(ROOT / "bench")]

from bench_import import best_import_times  # noqa: E402

from generator.codegen.examples import example_json  # noqa: E402
from generator.codegen.model_graph import build_model_graph  # noqa: E402

SPEC = ROOT / "spec" / "openapi.yaml"
INSTANCES = 1000
RUNS = 15
ITEMS = 3
UUID_FIELDS = {"uuid"}
DATETIME_FIELDS = {"created_at", "started_at", "stopped_at", "not_before", "not_after"}


class _Distinct:
    """Distinct UUIDs and date-times, numbered in the order they are asked for."""

    def __init__(self) -> None:
        self.count = 0

    def uuid(self) -> str:
        self.count += 1
        return f"{self.count * 2654435761 % 2**32:08x}-e89b-42d3-a456-{self.count:012x}"

    def datetime(self) -> str:
        self.count += 1
        n = self.count
        text = f"20{n % 30:02d}-{n % 12 + 1:02d}-{n % 28 + 1:02d}T{n % 24:02d}:{n % 60:02d}:{n * 7 % 60:02d}"
        if n % 10 == 3:
            text += f".{n % 999983:06d}"
        return text + ("+02:00" if n % 10 == 7 else "Z")


def _spread(value: Any, distinct: _Distinct) -> Any:
    """``value`` with every array grown to ``ITEMS`` items and its UUIDs and date-times made
    distinct (fields named as the spec names them)."""
    if isinstance(value, list):
        return [_spread(item, distinct) for item in value for _ in range(ITEMS)][:ITEMS]
    if isinstance(value, dict):
        spread = {}
        for key, item in value.items():
            if key in UUID_FIELDS and isinstance(item, str):
                spread[key] = distinct.uuid()
            elif key in DATETIME_FIELDS and isinstance(item, str):
                spread[key] = distinct.datetime()
            else:
                spread[key] = _spread(item, distinct)
        return spread
    return value


def build_payload() -> dict[str, Any]:
    graph = build_model_graph(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    instance = example_json(graph, "Instance")
    distinct = _Distinct()
    instances = []
    for index in range(INSTANCES):
        item = _spread(copy.deepcopy(instance), distinct)
        item["name"] = f"funky-town-{index}"
        instances.append(item)
    response = example_json(graph, "GetInstancesResponse", depth=0)
    response["data"] = {"instances": instances}
    response["errors"] = []
    return response


def best_of_interleaved(actions: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best of ``RUNS`` timings in ms of each action, with the garbage collector off (as
    ``timeit`` does). The actions take turns within each round, so a burst of load from
    other processes slows all of them alike instead of one implementation's whole series."""
    timings: dict[str, list[float]] = {name: [] for name in actions}
    gc.collect()
    gc.disable()
    try:
        for _ in range(RUNS):
            for name, action in actions.items():
                start = time.perf_counter()
                action()
                timings[name].append(time.perf_counter() - start)
    finally:
        gc.enable()
    return {name: min(series) * 1000 for name, series in timings.items()}


def run(command: list[str], cwd: Path) -> None:
    # Generators run formatters (ruff) from PATH: use the ones beside this interpreter.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    subprocess.run(
        command, cwd=cwd, check=True, capture_output=True, env={**os.environ, "PATH": path}
    )


def generate_peers(workdir: Path) -> dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]]:
    """(structure, unstructure) of every peer, generated from the spec into ``workdir``."""
    peers: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {}
    bin_dir = Path(sys.executable).parent
    run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC),
            "--output-path",
            str(workdir / "opc"),
            "--meta",
            "none",
        ],
        workdir,
    )
    for kind, module in (
        ("pydantic_v2.BaseModel", "peer_pydantic"),
        ("msgspec.Struct", "peer_msgspec"),
    ):
        run(
            [
                str(bin_dir / "datamodel-codegen"),
                "--input",
                str(SPEC),
                "--input-file-type",
                "openapi",
                "--output-model-type",
                kind,
                "--output",
                str(workdir / f"{module}.py"),
            ],
            workdir,
        )
    sys.path.insert(0, str(workdir))

    opc_package = next(p.name for p in workdir.iterdir() if p.name == "opc")
    opc = importlib.import_module(f"{opc_package}.models")
    peers["openapi-python-client"] = (
        opc.GetInstancesResponse.from_dict,
        lambda value: value.to_dict(),
    )
    pydantic_models = importlib.import_module("peer_pydantic")
    pydantic_models.GetInstancesResponse.model_rebuild()
    peers["pydantic v2 (datamodel-code-generator)"] = (
        pydantic_models.GetInstancesResponse.model_validate,
        lambda value: value.model_dump(mode="json", by_alias=True, exclude_unset=True),
    )
    import msgspec

    msgspec_models = importlib.import_module("peer_msgspec")
    peers["msgspec structs (datamodel-code-generator)"] = (
        lambda data: msgspec.convert(data, msgspec_models.GetInstancesResponse),
        msgspec.to_builtins,
    )
    return peers


def memory_mib(load: Callable[[Any], Any], payload: Any) -> float:
    """MiB the value ``load`` reads from ``payload`` holds (allocated and still alive)."""
    gc.collect()
    tracemalloc.start()
    try:
        value = load(payload)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del value
    return held / 2**20


def main() -> None:
    from ukc_client import structure, unstructure
    from ukc_client.models import GetInstancesResponse

    payload = build_payload()
    size = len(json.dumps(payload).encode())
    ours = (lambda data: structure(data, GetInstancesResponse), unstructure)
    assert unstructure(structure(payload, GetInstancesResponse)) == payload, "round trip"
    actions: dict[str, Callable[[], object]] = {}
    with tempfile.TemporaryDirectory() as workdir:
        peers = generate_peers(Path(workdir))
        implementations = {"ukc_client (this project)": ours, **peers}
        for name, (load, dump) in implementations.items():
            value = load(payload)
            assert dump(value)["data"]["instances"][999]["name"] == "funky-town-999", name
            actions[f"load {name}"] = functools.partial(load, payload)
            actions[f"dump {name}"] = functools.partial(dump, value)
        timings = best_of_interleaved(actions)
    results = {name: (timings[f"load {name}"], timings[f"dump {name}"]) for name in implementations}
    our_load, our_dump = results["ukc_client (this project)"]
    print(f"payload: GetInstancesResponse, {INSTANCES} instances, {size / 2**20:.2f} MiB of JSON")
    print(f"best of {RUNS}; ratio = peer time / ukc_client time (above 1: ukc_client is faster)\n")
    print(
        "| implementation | structure (ms) | unstructure (ms) | structure ratio | unstructure ratio |"
    )
    print("|---|---:|---:|---:|---:|")
    for name, (load_ms, dump_ms) in results.items():
        print(
            f"| {name} | {load_ms:.1f} | {dump_ms:.1f} "
            f"| {load_ms / our_load:.2f}x | {dump_ms / our_dump:.2f}x |"
        )
    print("\n| implementation | MiB held by the models of 1,000 instances |\n|---|---:|")
    for name, (load, _dump) in implementations.items():
        print(f"| {name} | {memory_mib(load, payload):.2f} |")
    print()
    statements = ("import ukc_client", "from ukc_client.models import Instance")
    imports = best_import_times({"ukc_client": ROOT / "generated"}, statements, 9)
    for statement in statements:
        took = imports["ukc_client", statement]
        print(f"{statement}: {took:.0f} ms (fresh interpreter, wall clock, best of 9)")
    print(f"load average: {', '.join(f'{load:.2f}' for load in os.getloadavg())}")


if __name__ == "__main__":
    main()
