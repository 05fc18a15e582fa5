"""The ``diff`` verb: lists what changed between two specs and which changes break clients."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.evolve.compare import FAIL_ON

HELP = "List what changed between two specs (or schema documents), breaking changes first."
EXTRA: str | None = "generate"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "old", type=Path, help="the old spec (.yaml/.json) or schema document (.txt)"
    )
    parser.add_argument(
        "new", type=Path, help="the new spec (.yaml/.json) or schema document (.txt)"
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=Path("."),
        help="project directory whose operations, supplement and overrides complete a document",
    )
    parser.add_argument("--json", action="store_true", help="print the changes as JSON, for tools")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="breaking",
        help="exit 1 on breaking changes (default), on any change, or never",
    )


def run(args: argparse.Namespace) -> int:
    from generator.evolve.compare import (
        exit_status,
        load_api_description,
        render_json,
        render_text,
    )
    from generator.evolve.spec_diff import diff_specs

    old = load_api_description(args.old, args.root)
    new = load_api_description(args.new, args.root)
    changes = diff_specs(old, new)
    print(render_json(changes) if args.json else render_text(changes))
    return exit_status(changes, args.fail_on)
