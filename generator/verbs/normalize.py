"""``normalize``: the schema document and the reviewed inputs -> spec/openapi.yaml and its report."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Normalize the source (the page, or a published OpenAPI document) into the spec and report."
EXTRA: str | None = "generate"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=Path("."), help="project directory")
    parser.add_argument(
        "--source",
        "--document",
        dest="source",
        type=Path,
        default=None,
        help="the source: the schema page or a published OpenAPI 3.0/3.1 document, told apart "
        "by content (default: [tool.ukc-toolkit] source in pyproject.toml, else spec/source/...)",
    )


def run(args: argparse.Namespace) -> int:
    # The normalizer and the validator are imported here, not at import: ``--help`` stays quick.
    from generator.files import write_files_atomically
    from generator.spec.inputs import REPORT_MD, SPEC
    from generator.spec.outputs import rendered_outputs

    result, outputs = rendered_outputs(args.root, args.source)
    write_files_atomically(outputs)
    counts = result.report.counts
    review = sum(1 for f in result.report.findings if f.needs_review)
    print(
        f"wrote {SPEC}: {counts['components in the spec']} components, "
        f"{counts['operations']} operations; {REPORT_MD}: {len(result.report.findings)} "
        f"findings, {review} for review"
    )
    return 0
