"""Which document the project is generated from, and what kind of document it is.

The source is the page (``spec/source/unikraft-cloud-platform-schemas.txt``) unless
``pyproject.toml`` names another under ``[tool.ukc-toolkit] source``, or ``--source`` does. Its
kind is read from its content, not its name: a mapping with an ``openapi`` version is a
published OpenAPI document, anything else the rendered schema page.
"""

from __future__ import annotations

import enum
import re
import tomllib
from pathlib import Path

from generator.errors import ToolkitError
from generator.imported.importer import import_document
from generator.spec.inputs import DOCUMENT, SpecInputs
from generator.spec.normalizer import NormalizedSpec, normalize

PROJECT_FILE = Path("pyproject.toml")
SETTINGS_TABLE = "ukc-toolkit"
SOURCE_SETTING = "source"
# The first key of an OpenAPI document, in YAML or in JSON.
_OPENAPI_KEY = re.compile(r"""^\s*(?:\{\s*)?["']?openapi["']?\s*:""", re.MULTILINE)


class SourceKind(enum.Enum):
    PAGE = "the rendered schema page"
    OPENAPI = "a published OpenAPI document"


def source_kind(path: Path) -> SourceKind:
    """The kind of the document at ``path``, from its content."""
    try:
        # Undecodable bytes are the reading stage's to report, with their line and column.
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as error:
        raise ToolkitError(f"{path}: cannot read the source document: {error.strerror}") from error
    return SourceKind.OPENAPI if _OPENAPI_KEY.search(text) else SourceKind.PAGE


def configured_source(root: Path) -> Path:
    """The project's source document: the setting in ``pyproject.toml``, else the page."""
    project = root / PROJECT_FILE
    if project.is_file():
        try:
            settings = tomllib.loads(project.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise ToolkitError(f"{project}: not valid TOML: {error}") from error
        table = settings.get("tool", {}).get(SETTINGS_TABLE, {})
        value = table.get(SOURCE_SETTING)
        if value is not None:
            if not isinstance(value, str) or not value:
                raise ToolkitError(
                    f"{project}: tool.{SETTINGS_TABLE}.{SOURCE_SETTING}: expected a path"
                )
            return root / value
    return root / DOCUMENT


def normalize_source(root: Path, source: Path | None = None) -> NormalizedSpec:
    """The normalized spec of ``source`` (default: the project's), whichever its kind.

    The page is normalized with the project's overlays; a published document brings its own
    operations and is imported without them.
    """
    path = source if source is not None else configured_source(root)
    if source_kind(path) is SourceKind.OPENAPI:
        return import_document(path)
    return normalize(SpecInputs.at(root, path))
