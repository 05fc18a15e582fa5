"""Times a full regeneration against openapi-python-client on the same spec, side by side.

A full regeneration is ``python -m generator generate`` (normalize the schema document, generate
the package, format it) on a copy of the project. openapi-python-client generates its client
from the committed ``spec/openapi.yaml`` (and runs its own ruff hooks). Both run as the command a
person types, interpreter start-up included; after one warm-up run each, the two alternate and
the best of ``--runs`` runs of each is reported.

    python bench/bench_regenerate.py --runs 5
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# What a regeneration reads and replaces; the copy keeps the working tree untouched.
PROJECT_PARTS = ("spec", "generator", "generated", "pyproject.toml")


def copy_project(destination: Path) -> Path:
    for part in PROJECT_PARTS:
        source = PROJECT / part
        if source.is_dir():
            shutil.copytree(
                source, destination / part, ignore=shutil.ignore_patterns("__pycache__")
            )
        elif source.is_file():
            shutil.copy2(source, destination / part)
    return destination


def time_once(command: Sequence[str], cwd: Path, clear_first: Path | None) -> float:
    if clear_first is not None and clear_first.exists():
        shutil.rmtree(clear_first)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each tool (best is kept)")
    args = parser.parse_args()
    openapi_python_client = shutil.which("openapi-python-client") or str(
        Path(sys.executable).parent / "openapi-python-client"
    )
    with tempfile.TemporaryDirectory(prefix="bench-regenerate-") as scratch:
        root = copy_project(Path(scratch) / "project")
        ours_command = [sys.executable, "-m", "generator", "generate", "--root", str(root)]
        output = Path(scratch) / "openapi-python-client-output"
        theirs_command = [
            openapi_python_client,
            "generate",
            "--path",
            str(root / "spec/openapi.yaml"),
            "--output-path",
            str(output),
            "--meta",
            "setup",
            "--overwrite",
        ]
        # One warm-up run each (bytecode caches), then the two alternate, so that a change in
        # the machine's load weighs on both alike.
        time_once(ours_command, root, None)
        time_once(theirs_command, Path(scratch), output)
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(args.runs):
            ours.append(time_once(ours_command, root, None))
            theirs.append(time_once(theirs_command, Path(scratch), output))
    print(f"{'tool':<48} {'best':>8} {'median':>8}")
    for name, timings in (
        ("python -m generator generate (full regeneration)", ours),
        ("openapi-python-client generate", theirs),
    ):
        print(f"{name:<48} {min(timings):>7.2f}s {statistics.median(timings):>7.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
