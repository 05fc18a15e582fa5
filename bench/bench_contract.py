"""How long a contract run against the mock takes: the whole run and a focused one.

Runs ``python -m generator contract`` as a user would (a fresh mock started for each worker,
the installed spec, a fixed seed), ``--repeat`` times each, and reports for each configuration
the best and the median wall-clock time of the command, the time the run reports, how many
test cases there were, the links the stateful phase followed, the CPU time of the run (the mocks
and schemathesis together) and the load average around it. The full run goes once with the
default workers and once with each ``--workers`` count asked for, side by side. The focused run
is one operation and one phase (``--operation``, ``--phase``), the feedback loop while fixing
one endpoint.

    python bench/bench_contract.py [--repeat 3] [--seed 20240601] [--workers 1 2 3 4]
        [--operation create_instance] [--phase fuzzing] [--only full|focused]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
_SUMMARY = re.compile(r"^\s*(\d+) test cases in ([0-9.]+) s \((\d+) workers?", re.MULTILINE)
_LINKS = re.compile(r"^\s*stateful: \d+ scenarios followed (\d+ of \d+) links", re.MULTILINE)


@attrs.frozen
class Sample:
    wall: float
    reported: float
    cases: int
    workers: int
    links: str
    cpu: float
    load_before: float
    load_after: float


def run_once(arguments: list[str]) -> Sample:
    command = [sys.executable, "-m", "generator", "contract", *arguments]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    load_before = os.getloadavg()[0]
    used_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    used_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    summary = _SUMMARY.search(completed.stdout)
    if completed.returncode != 0 or summary is None:
        raise SystemExit(
            f"{' '.join(command)} failed (exit {completed.returncode}):\n"
            + completed.stdout[-2000:]
            + completed.stderr[-2000:]
        )
    cpu = (used_after.ru_utime - used_before.ru_utime) + (
        used_after.ru_stime - used_before.ru_stime
    )
    links = _LINKS.search(completed.stdout)
    return Sample(
        wall=wall,
        reported=float(summary.group(2)),
        cases=int(summary.group(1)),
        workers=int(summary.group(3)),
        links=links.group(1) if links else "-",
        cpu=cpu,
        load_before=load_before,
        load_after=os.getloadavg()[0],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--operation", default="create_instance")
    parser.add_argument("--phase", default="fuzzing")
    parser.add_argument("--only", choices=("full", "focused"))
    parser.add_argument(
        "--workers", type=int, nargs="*", default=[], help="full runs with these worker counts too"
    )
    args = parser.parse_args()
    seed = ["--seed", str(args.seed)]
    runs = [("full", seed)]
    runs += [("full", [*seed, "--workers", str(count)]) for count in args.workers]
    runs.append(("focused", [*seed, "--operation", args.operation, "--phase", args.phase]))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, best of {args.repeat}")
    print(
        "| run | command | workers | best wall | median wall | reported | cases | links"
        " | CPU | load |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    # Round-robin over the configurations, so that a change of the machine's load falls on all.
    samples: dict[int, list[Sample]] = {index: [] for index in range(len(runs))}
    for _ in range(args.repeat):
        for index, (name, arguments) in enumerate(runs):
            if args.only is None or name == args.only:
                samples[index].append(run_once(arguments))
    for index, (name, arguments) in enumerate(runs):
        if not samples[index]:
            continue
        best = min(samples[index], key=lambda sample: sample.wall)
        loads = [load for one in samples[index] for load in (one.load_before, one.load_after)]
        print(
            f"| {name} | `contract {' '.join(arguments)}` | {best.workers} | {best.wall:.1f} s"
            f" | {statistics.median(one.wall for one in samples[index]):.1f} s"
            f" | {best.reported:.1f} s | {best.cases} | {best.links} | {best.cpu:.1f} s"
            f" | {min(loads):.1f} to {max(loads):.1f} |"
        )


if __name__ == "__main__":
    main()
