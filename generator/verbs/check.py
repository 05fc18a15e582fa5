"""``check``: do the committed outputs match what the committed inputs produce? For CI."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

HELP = (
    "Exit 1 with a diff when spec/openapi.yaml or generated/ differ from what the inputs produce."
)
EXTRA: str | None = "generate"

DEFAULT_MAX_LINES = 400


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=Path("."), help="project directory")
    parser.add_argument(
        "--max-lines",
        type=int,
        default=DEFAULT_MAX_LINES,
        help=f"diff lines to print at most (default {DEFAULT_MAX_LINES})",
    )


def run(args: argparse.Namespace) -> int:
    # The pipeline is imported here, not at import: ``--help`` stays quick.
    from generator.evolve.regenerate import OUTPUTS, regenerate_into
    from generator.evolve.tree_diff import compare_trees, render_drift

    root: Path = args.root
    with tempfile.TemporaryDirectory(prefix="ukc-check-") as scratch:
        expected = Path(scratch)
        regenerate_into(root, expected)
        drifts = compare_trees(root, expected, OUTPUTS)
    if not drifts:
        print(
            "up to date: spec/openapi.yaml, its report and generated/ are what the inputs produce"
        )
        return 0
    print(render_drift(drifts, args.max_lines), end="")
    print("Run `python -m generator generate` and commit the inputs with the outputs.")
    return 1
