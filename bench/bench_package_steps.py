"""Times the three steps of generating the client package, in process, on ``spec/openapi.yaml``.

Rendering the templates, letting ruff settle the imports (``check --fix --select I,F401,...``)
and ``ruff format``: the last two run ruff as a subprocess, as ``generate`` does. Each round
generates into a fresh temporary directory.

    python bench/bench_package_steps.py --runs 7
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.codegen import package  # noqa: E402
from generator.codegen.render import build_context, render_package  # noqa: E402
from generator.codegen.stamp import stamp_distribution  # noqa: E402
from generator.openapi.document import load_document  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    spec = load_document(ROOT / "spec" / "openapi.yaml")
    context = {**build_context(spec), **stamp_distribution(spec, ROOT).as_context()}
    steps: dict[str, list[float]] = {"render": [], "ruff check (imports)": [], "ruff format": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            output = Path(scratch) / "generated"
            started = time.perf_counter()
            render_package(context, output)
            rendered = time.perf_counter()
            package.run_ruff(output, ["check", *package.RUFF_IMPORT_OPTIONS], "settle")
            checked = time.perf_counter()
            package.run_ruff(output, ["format", *package.RUFF_FORMAT_OPTIONS], "format")
            formatted = time.perf_counter()
        steps["render"].append(rendered - started)
        steps["ruff check (imports)"].append(checked - rendered)
        steps["ruff format"].append(formatted - checked)
    print(f"{'step':<24}{'best':>10}{'median':>10}")
    for name, times in steps.items():
        print(f"{name:<24}{min(times) * 1000:>8.0f}ms{statistics.median(times) * 1000:>8.0f}ms")


if __name__ == "__main__":
    main()
