"""The normalized spec as the files it is written to: validated, as YAML, with its report."""

from __future__ import annotations

from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.errors import ToolkitError
from generator.imported.source import normalize_source
from generator.openapi.document import dump_spec
from generator.spec.inputs import REPORT_JSON, REPORT_MD, SPEC
from generator.spec.normalizer import NormalizedSpec


def rendered_outputs(
    root: Path, document: Path | None = None
) -> tuple[NormalizedSpec, dict[Path, str]]:
    """The normalized spec and the text of every file ``normalize`` writes, without writing.

    ``document`` is the source (the page or a published OpenAPI document); without it, the
    project's configured source.
    """
    result = normalize_source(root, document)
    try:
        validate(result.spec)
    except OpenAPIValidationError as error:
        raise ToolkitError(f"the normalized spec is not valid OpenAPI 3.1: {error}") from error
    return result, {
        root / SPEC: dump_spec(result.spec),
        root / REPORT_MD: result.report.to_markdown(),
        root / REPORT_JSON: result.report.to_json(),
    }
