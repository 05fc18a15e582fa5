"""The ``diff`` verb: lists what changed between two specs and which changes break clients."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ToolkitError
from generator.evolve.spec_diff import Change, diff_specs
from generator.openapi.document import SPEC_LOADER
from generator.spec.inputs import SpecInputs
from generator.spec.normalizer import normalize

HELP = "List what changed between two specs (or schema documents), breaking changes first."

SPEC_SUFFIXES = (".yaml", ".yml", ".json")
DOCUMENT_SUFFIXES = (".txt",)

# Which changes make the exit status 1, so CI can choose how strict to be.
FAIL_ON = ("breaking", "any", "never")


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
    old = load_api_description(args.old, args.root)
    new = load_api_description(args.new, args.root)
    changes = diff_specs(old, new)
    print(render_json(changes) if args.json else render_text(changes))
    return exit_status(changes, args.fail_on)


def load_api_description(path: Path, root: Path) -> dict[str, Any]:
    """An OpenAPI spec read from ``path``: a spec file, or a schema document normalized here.

    A schema document is normalized with the operations, supplement and overrides under
    ``root``, as ``normalize`` would, without writing anything.
    """
    if not path.is_file():
        raise ToolkitError(f"{path}: no such file (expected an OpenAPI spec or schema document)")
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        return _normalize_document(path, root)
    if suffix not in SPEC_SUFFIXES:
        raise ToolkitError(
            f"{path}: expected a spec ({', '.join(SPEC_SUFFIXES)}) "
            f"or a schema document ({', '.join(DOCUMENT_SUFFIXES)})"
        )
    try:
        text = path.read_text(encoding="utf-8")
        loaded = json.loads(text) if suffix == ".json" else yaml.load(text, Loader=SPEC_LOADER)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as error:
        raise ToolkitError(f"{path}: cannot be read as a spec: {error}") from error
    if not isinstance(loaded, dict) or "openapi" not in loaded:
        raise ToolkitError(f"{path}: expected an OpenAPI document (a mapping with 'openapi')")
    return loaded


def _normalize_document(path: Path, root: Path) -> dict[str, Any]:
    """The spec the normalizer makes of ``path`` with the project's other inputs, in memory."""
    return normalize(SpecInputs.at(root, path)).spec


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
