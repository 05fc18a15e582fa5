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

from generator.codegen.package import generate_package
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
