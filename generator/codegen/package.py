"""The client package of a spec: rendered, its imports settled and formatted by ruff, stamped.

``generate_package`` writes into an empty directory; ``generate_from_spec`` is the
``generate --spec S --output D`` step: a spec file in, a package directory replaced whole.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from generator.codegen.render import build_context, render_package
from generator.codegen.stamp import NORMALIZED_SPEC, spec_file_name, stamp_distribution
from generator.errors import ToolkitError
from generator.files import replace_directory
from generator.imported.importer import direct_spec
from generator.openapi.document import load_document

# Formatting options of the generated code, independent of any ruff configuration around it.
RUFF_FORMAT_OPTIONS = ["--isolated", "--line-length", "100", "--target-version", "py311"]
# The imports of the generated code, settled by ruff before the format step (same options): the
# templates import every name a module may use, ruff removes the unused ones (F401) and sorts the
# rest and every ``__all__`` (I, RUF022) as isort does: constants, classes, then the rest, case
# sensitive; an import wraps only when it is too long (a trailing comma left by a removed name
# does not keep it wrapped). F811 (an import shadowed by another name, such as a model named like a name the
# module imports) is never fixed: it fails the generation instead of generating the wrong name.
RUFF_IMPORT_OPTIONS = [
    *RUFF_FORMAT_OPTIONS,
    "--select",
    "I,F401,F811,RUF022",
    "--unfixable",
    "F811",
    "--config",
    "lint.isort.order-by-type = true",
    "--config",
    "lint.isort.case-sensitive = true",
    "--config",
    "lint.isort.split-on-trailing-comma = false",
    "--fix",
    "--output-format",
    "concise",
]


def generate_package(
    spec: dict[str, Any],
    root: Path,
    output: Path,
    source: str | Path = NORMALIZED_SPEC,
    spec_file: str = NORMALIZED_SPEC.as_posix(),
) -> list[Path]:
    """Render and format the client package of ``spec`` (read from ``source``, which errors
    name; ``spec_file`` names it in the package) into the empty directory ``output``."""
    stamp = stamp_distribution(spec, root, source=source, spec_file=spec_file)
    context = {**build_context(spec), **stamp.as_context()}
    # A rename is no error (the spec is valid), but a user looking for the class must learn it.
    for rename in context["graph"].renames:
        print(f"renamed {rename}", file=sys.stderr)
    written = render_package(context, output)
    format_python(output)
    return written


def format_python(directory: Path) -> None:
    """Settle the imports of the rendered package in ``directory``, then format it."""
    run_ruff(directory, ["check", *RUFF_IMPORT_OPTIONS], "settle the imports of")
    run_ruff(directory, ["format", *RUFF_FORMAT_OPTIONS], "format")


def run_ruff(directory: Path, arguments: list[str], action: str) -> None:
    """Run ruff on every file under ``directory`` (its working directory, so that ruff names the
    files relative to the package and detects no first-party module around it)."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *arguments, "--no-cache", "."],
        cwd=directory,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        # Ruff fails only on code that does not parse or an import it may not fix: a template bug
        # (templates/package/<file>.jinja), not an input error. Its message names the file.
        message = "\n".join(text.strip() for text in (result.stdout, result.stderr) if text.strip())
        raise ToolkitError(
            f"ruff could not {action} the rendered package {directory} "
            f"(exit status {result.returncode}):\n{message or '(no output)'}"
        )


def generate_from_spec(spec_path: Path, output: Path, root: Path = Path(".")) -> list[Path]:
    """Generate the package of the spec file ``spec_path`` into ``output``; return the files,
    relative to it. ``root`` is the project whose inputs the package is stamped with."""
    spec = direct_spec(load_document(spec_path), source_name=spec_path.name)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-", dir=output.parent))
    try:
        written = generate_package(spec, root, staging, spec_path, spec_file_name(spec_path, root))
        replace_directory(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(path.relative_to(staging) for path in written)
