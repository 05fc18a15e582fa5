"""What ``diff`` compares and how it reports: two API descriptions in, changes out.

Either side may be a spec (``.yaml``, ``.yml``, ``.json``) or a schema page (``.txt``), which
is normalized in memory with the project's overlays. The changes are printed for a person
(breaking ones first) or as JSON for tools, and the exit status follows a chosen policy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import ToolkitError

if TYPE_CHECKING:
    from generator.evolve.spec_diff import Change

SPEC_SUFFIXES = (".yaml", ".yml", ".json")
DOCUMENT_SUFFIXES = (".txt",)

# Which changes make the exit status 1, so CI can choose how strict to be.
FAIL_ON = ("breaking", "any", "never")


def load_api_description(path: Path, root: Path) -> dict[str, Any]:
    """An OpenAPI spec read from ``path``: a spec file, or a schema document normalized here.

    A schema document is normalized with the operations, supplement and overrides under
    ``root``, as ``normalize`` would, without writing anything.
    """
    # Imported here: the command line reads FAIL_ON from this module for ``--help``.
    from generator.openapi.document import load_document
    from generator.spec.inputs import SpecInputs
    from generator.spec.normalizer import normalize

    if not path.is_file():
        raise ToolkitError(f"{path}: no such file (expected an OpenAPI spec or schema document)")
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        return normalize(SpecInputs.at(root, path)).spec
    if suffix not in SPEC_SUFFIXES:
        raise ToolkitError(
            f"{path}: expected a spec ({', '.join(SPEC_SUFFIXES)}) "
            f"or a schema document ({', '.join(DOCUMENT_SUFFIXES)})"
        )
    return load_document(path)


def render_text(changes: list[Change]) -> str:
    """The changes for a person: breaking ones first, each with why."""
    if not changes:
        return "No changes."
    breaking = [change for change in changes if change.breaking]
    compatible = [change for change in changes if not change.breaking]
    lines: list[str] = []
    if breaking:
        lines.append(f"Breaking changes ({len(breaking)}):")
        lines.extend(f"  - {change.describe()}" for change in breaking)
    if compatible:
        if lines:
            lines.append("")
        lines.append(f"Non-breaking changes ({len(compatible)}):")
        lines.extend(f"  - {change.describe()}" for change in compatible)
    return "\n".join(lines)


def render_json(changes: list[Change]) -> str:
    """The changes for tools: counts and one object a change."""
    document = {
        "breaking": sum(1 for change in changes if change.breaking),
        "total": len(changes),
        "changes": [change.as_json() for change in changes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def exit_status(changes: list[Change], fail_on: str) -> int:
    if fail_on == "any" and changes:
        return 1
    if fail_on == "breaking" and any(change.breaking for change in changes):
        return 1
    return 0
