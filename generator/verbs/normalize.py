"""``normalize``: the schema document and the reviewed inputs -> spec/openapi.yaml and its report."""

from __future__ import annotations

import argparse
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.errors import ToolkitError
from generator.files import write_files_atomically
from generator.inputs import REPORT_JSON, REPORT_MD, SPEC, SpecInputs
from generator.normalizer import NormalizedSpec, normalize
from generator.spec_yaml import dump_spec

HELP = "Parse the schema document and write the normalized OpenAPI 3.1 spec and its report."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=Path("."), help="project directory")
    parser.add_argument(
        "--document", type=Path, default=None, help="schema document (default: spec/source/...)"
    )


def rendered_outputs(
    root: Path, document: Path | None = None
) -> tuple[NormalizedSpec, dict[Path, str]]:
    """The normalized spec and the text of every file ``normalize`` writes, without writing."""
    result = normalize(SpecInputs.at(root, document))
    try:
        validate(result.spec)
    except OpenAPIValidationError as error:
        raise ToolkitError(f"the normalized spec is not valid OpenAPI 3.1: {error}") from error
    return result, {
        root / SPEC: dump_spec(result.spec),
        root / REPORT_MD: result.report.to_markdown(),
        root / REPORT_JSON: result.report.to_json(),
    }


def run(args: argparse.Namespace) -> int:
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
