"""The whole pipeline, from the inputs to every output: normalize, generate, format.

Every output is first written under a staging directory that mirrors the project (its
``spec/openapi.yaml``, the normalization report and ``generated/``). ``check`` compares a staged
tree with the committed one; ``generate`` moves a staged tree into place, only once every stage
has succeeded.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from generator.codegen.operation_graph import build_operation_graph
from generator.codegen.package import generate_package
from generator.evolve.spec_diff import ChangeKind, Subject, diff_specs
from generator.files import replace_directory
from generator.spec.inputs import REPORT_JSON, REPORT_MD, SPEC
from generator.spec.outputs import rendered_outputs

GENERATED = Path("generated")
SPEC_OUTPUTS = (SPEC, REPORT_MD, REPORT_JSON)
# Every output of a regeneration, relative to the project.
OUTPUTS = (*SPEC_OUTPUTS, GENERATED)


def regenerate_into(root: Path, staging: Path, source: Path | None = None) -> dict[str, Any]:
    """Write every output the inputs under ``root`` produce into ``staging``; return the spec.

    ``source`` replaces the project's configured source document.
    """
    result, spec_files = rendered_outputs(root, source)
    for path, text in spec_files.items():
        target = staging / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
    generate_package(result.spec, root, staging / GENERATED)
    return result.spec


def regenerate(root: Path, source: Path | None = None) -> dict[str, Any]:
    """Regenerate every output under ``root``: all of them replaced, or none on an error."""
    staging = Path(tempfile.mkdtemp(prefix=".regenerate-", dir=root))
    try:
        spec = regenerate_into(root, staging, source)
        install_outputs(staging, root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return spec


def install_outputs(staging: Path, root: Path) -> None:
    """Move the staged outputs into place, each with a rename."""
    replace_directory(staging / GENERATED, root / GENERATED)
    for relative in SPEC_OUTPUTS:
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / relative, root / relative)


def change_summary(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> str:
    """What a regeneration changed, by name: schemas, fields, enum values, operations, client
    methods, then how many changes break clients. One line per kind of change."""
    changes = diff_specs(old_spec, new_spec)
    lines: list[str] = []
    for subject in (Subject.SCHEMA, Subject.FIELD, Subject.ENUM_VALUE, Subject.OPERATION):
        for kind in (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED):
            names = sorted(
                {
                    str(change.location)
                    for change in changes
                    if change.subject is subject and change.kind is kind
                }
            )
            if names:
                lines.append(f"{subject.value}s {kind.value}: {', '.join(names)}")
    changed_operations = sorted(
        {
            str(change.location.operation)
            for change in changes
            if change.subject is Subject.PARAMETER
        }
    )
    if changed_operations:
        lines.append(f"parameters changed in: {', '.join(changed_operations)}")
    old_methods, new_methods = _client_methods(old_spec), _client_methods(new_spec)
    for kind, methods in (
        (ChangeKind.ADDED, new_methods - old_methods),
        (ChangeKind.REMOVED, old_methods - new_methods),
    ):
        if methods:
            lines.append(f"client methods {kind.value}: {', '.join(sorted(methods))}")
    if not lines:
        return "No changes to schemas, fields, enum values, operations or client methods."
    breaking = sum(1 for change in changes if change.breaking)
    lines.append(
        f"{breaking} breaking change(s) for clients (`python -m generator diff` says why)."
    )
    return "\n".join(lines)


def _client_methods(spec: dict[str, Any]) -> set[str]:
    if not spec:  # the first generation: no previous spec
        return set()
    graph = build_operation_graph(spec)
    return {
        f"client.{group.attribute}.{operation.method_name}"
        for group in graph.groups
        for operation in group.operations
    }
