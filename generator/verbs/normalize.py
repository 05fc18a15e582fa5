"""``normalize``: the schema document and the reviewed inputs -> spec/openapi.yaml and its report."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Parse the schema document and write the normalized OpenAPI 3.1 spec and its report."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=Path("."), help="project directory")
    parser.add_argument(
        "--document", type=Path, default=None, help="schema document (default: spec/source/...)"
    )


def run(args: argparse.Namespace) -> int:
    # The normalizer and the validator are imported here, not at import: ``--help`` stays quick.
    from generator.files import write_files_atomically
    from generator.spec.inputs import REPORT_MD, SPEC
    from generator.spec.outputs import rendered_outputs

    result, outputs = rendered_outputs(args.root, args.document)
    write_files_atomically(outputs)
    counts = result.report.counts
    review = sum(1 for f in result.report.findings if f.needs_review)
    print(
        f"wrote {SPEC}: {counts['components in the spec']} components, "
        f"{counts['operations']} operations; {REPORT_MD}: {len(result.report.findings)} "
        f"findings, {review} for review"
    )
    return 0
