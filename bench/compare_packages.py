"""Structure/unstructure speed of two generated packages, side by side in one process.

Single runs of ``bench_models.py`` move with the machine's load; this compares two versions of
``ukc_client`` directly: the same payload as ``bench_models.py`` (a ``GetInstancesResponse``
with 1,000 instances), best of 25 rounds, the two packages taking turns within each round.
Each package is copied into a temporary directory under a name of its own (its imports are
relative), so both load at once.

Run from the repository root, for example against the package of an earlier commit:

    git archive <commit> generated/ukc_client | tar -x -C /tmp/before
    python bench/compare_packages.py /tmp/before/generated/ukc_client generated/ukc_client
"""

from __future__ import annotations

import copy
import functools
import gc
import importlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_models import build_payload  # noqa: E402

ROUNDS = 25


def load(package: Path, name: str, into: Path) -> Any:
    shutil.copytree(package, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    return importlib.import_module(name)


def main() -> None:
    before_dir, after_dir = (Path(argument) for argument in sys.argv[1:3])
    payload = build_payload()
    with tempfile.TemporaryDirectory(prefix="ukc-compare-") as scratch:
        sys.path.insert(0, scratch)
        actions: dict[str, Callable[[], object]] = {}
        for label, directory in (("before", before_dir), ("after", after_dir)):
            package = load(directory, f"ukc_client_{label}", Path(scratch))
            models = importlib.import_module(f"{package.__name__}.models")
            response_type = models.GetInstancesResponse
            value = package.structure(copy.deepcopy(payload), response_type)
            assert package.unstructure(value) == payload, f"{label}: the round trip differs"
            actions[f"{label} structure"] = functools.partial(
                package.structure, payload, response_type
            )
            actions[f"{label} unstructure"] = functools.partial(package.unstructure, value)
        best = {name: float("inf") for name in actions}
        gc.disable()
        try:
            for _ in range(ROUNDS):
                for name, action in actions.items():
                    started = time.perf_counter()
                    action()
                    best[name] = min(best[name], time.perf_counter() - started)
        finally:
            gc.enable()
    for name, seconds in best.items():
        print(f"{name}: {seconds * 1000:.1f} ms")
    for step in ("structure", "unstructure"):
        print(f"{step} after/before: {best[f'after {step}'] / best[f'before {step}']:.3f}")


if __name__ == "__main__":
    main()
