"""The normalized spec as the files it is written to: validated, as YAML, with its report."""

from __future__ import annotations

import re
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.errors import ToolkitError
from generator.imported.source import (
    SourceKind,
    configured_source,
    normalize_source,
    source_kind,
)
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
    source = document if document is not None else configured_source(root)
    page = source_kind(source) is SourceKind.PAGE
    try:
        validate(result.spec)
    except OpenAPIValidationError as error:
        where = ".".join(str(part) for part in getattr(error, "absolute_path", ()))
        message = " ".join(str(getattr(error, "message", error)).split())[:200]
        if not where:
            # Checks of operations (path parameters, operation ids) name the path in the text.
            path = re.search(r"in '(/[^']*)'", message)
            where = f"paths.{path.group(1)}" if path else "(top)"
        raise ToolkitError(
            f"{_blamed_input(where, source, page)}: the normalized spec is not valid OpenAPI 3.1 at {where}: "
            f"{message}"
        ) from None
    return result, {
        root / SPEC: dump_spec(result.spec),
        root / REPORT_MD: result.report.to_markdown(),
        root / REPORT_JSON: result.report.to_json(),
    }


def _blamed_input(where: str, source: Path, page: bool) -> str:
    """The input that wrote the part of the spec at ``where`` (a dotted key path)."""
    if not page:
        return str(source)  # a published document brings every part of the spec
    if where.startswith("components.schemas."):
        # A component is the page's, unless an overlay supplied it: the page is the first
        # place to look, and the key path names the schema.
        return str(source)
    if where.startswith(("paths", "servers", "security", "tags", "components")):
        return "spec/operations.yaml"
    return "the normalizer"
