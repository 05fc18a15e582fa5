"""The hand-maintained inputs in ``spec/``: where they are, and loading them with clear errors.

The schema document is the only generated-from input; the operations, the supplement and the
overrides are reviewed YAML files that a person edits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import yaml

from generator.errors import ToolkitError

DOCUMENT = Path("spec/source/unikraft-cloud-platform-schemas.txt")
OPERATIONS = Path("spec/operations.yaml")
SUPPLEMENT = Path("spec/supplement.yaml")
OVERRIDES = Path("spec/overrides.yaml")
SPEC = Path("spec/openapi.yaml")
REPORT_MD = Path("spec/normalization-report.md")
REPORT_JSON = Path("spec/normalization-report.json")


@attrs.frozen
class SpecInputs:
    """Paths of every input of the normalizer, relative to a project root."""

    root: Path
    document: Path
    operations: Path
    supplement: Path
    overrides: Path

    @classmethod
    def at(cls, root: Path, document: Path | None = None) -> SpecInputs:
        return cls(
            root=root,
            document=document if document is not None else root / DOCUMENT,
            operations=root / OPERATIONS,
            supplement=root / SUPPLEMENT,
            overrides=root / OVERRIDES,
        )

    def all_paths(self) -> tuple[Path, ...]:
        return (self.document, self.operations, self.supplement, self.overrides)


def load_yaml_mapping(path: Path) -> dict[str, Any]:
    """A YAML file whose top level is a mapping; a missing file is an empty mapping."""
    if not path.exists():
        return {}
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ToolkitError(f"{path}: not valid YAML: {error}") from error
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ToolkitError(f"{path}: expected a mapping at the top level")
    return loaded
