"""Import time of the generated package: what each statement a program starts with costs.

Each statement runs in a fresh interpreter (bytecode compiled beforehand, into a scratch cache),
timed by the clock around it: the package's modules with everything they import (attrs,
cattrs, urllib3), not the interpreter's start. (``python -X importtime`` does not see modules
loaded through ``importlib.import_module``, which is how ``ukc_client`` loads its parts on first
use, so its sums would leave them out.) Each figure is the best of ``--runs`` runs. With ``--before DIR`` (a directory holding another
``ukc_client``, such as one extracted from an earlier commit) the two packages take turns run by
run, so a burst of load from other processes falls on both alike.

Run from the repository root:

    python bench/bench_import.py
    git archive <commit> generated/ukc_client | tar -x -C /tmp/before
    python bench/bench_import.py --before /tmp/before/generated
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATEMENTS = (
    "import ukc_client",
    "from ukc_client.models import Instance",
    "from ukc_client.models import *",
    "import ukc_client.converter",
    "from ukc_client import Client",
)


def import_time_ms(statement: str, generated: Path, env: dict[str, str]) -> float:
    """One cold run of ``statement`` with ``generated`` (the directory holding ``ukc_client``)
    first on the path: its wall-clock time, in ms."""
    probe = (
        "import time\n"
        "start = time.perf_counter()\n"
        f"{statement}\n"
        "print((time.perf_counter() - start) * 1000)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        cwd=generated,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout)


def best_import_times(
    packages: dict[str, Path], statements: tuple[str, ...], runs: int
) -> dict[tuple[str, str], float]:
    """(label, statement) -> best of ``runs``, the packages taking turns within each run."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": scratch}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("PYTHONPATH", None)
        for generated in packages.values():
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", str(generated / "ukc_client")],
                env=env,
                check=True,
            )
        best = {(label, statement): float("inf") for label in packages for statement in statements}
        for _ in range(runs):
            for statement in statements:
                for label, generated in packages.items():
                    took = import_time_ms(statement, generated, env)
                    best[label, statement] = min(best[label, statement], took)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="a directory holding an earlier ukc_client")
    parser.add_argument("--runs", type=int, default=9)
    arguments = parser.parse_args()
    packages = {"this package": ROOT / "generated"}
    if arguments.before is not None:
        packages = {"before": arguments.before.resolve(), **packages}
    best = best_import_times(packages, STATEMENTS, arguments.runs)
    print(f"best of {arguments.runs} runs, wall-clock ms in a fresh interpreter\n")
    print(f"| statement | {' | '.join(packages)} |")
    print(f"|---|{'---:|' * len(packages)}")
    for statement in STATEMENTS:
        cells = " | ".join(f"{best[label, statement]:.0f}" for label in packages)
        print(f"| `{statement}` | {cells} |")
    print(f"\nload average: {', '.join(f'{load:.2f}' for load in os.getloadavg())}")


if __name__ == "__main__":
    main()
