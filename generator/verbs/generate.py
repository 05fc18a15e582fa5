"""The ``generate`` verb: write the client package from the normalized spec.

Loads ``spec/openapi.yaml``, builds the model graph, renders every package template into a
temporary directory next to the output, formats it with ruff, and only then swaps it in for
the output directory: bad input leaves the previous output untouched. Generating twice from
the same spec gives byte-identical files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ToolkitError
from generator.render import build_context, render_package

HELP = "Generate the client package (generated/) from the normalized spec."

DEFAULT_SPEC = Path("spec/openapi.yaml")
DEFAULT_OUTPUT = Path("generated")
# Formatting options of the generated code, independent of any ruff configuration around it.
RUFF_FORMAT_OPTIONS = ["--isolated", "--line-length", "100", "--target-version", "py311"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the normalized spec")
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="the directory to (re)write"
    )


def run(args: argparse.Namespace) -> int:
    files = generate(args.spec, args.output)
    print(f"wrote {len(files)} files to {args.output}")
    return 0


def load_spec(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ToolkitError(f"{path}: cannot read the spec: {error.strerror}") from error
    try:
        spec = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ToolkitError(f"{path}: not YAML: {error}") from error
    if not isinstance(spec, dict):
        raise ToolkitError(f"{path}: expected an OpenAPI document (a mapping)")
    return spec


def generate(spec_path: Path, output: Path) -> list[Path]:
    """Generate the package from ``spec_path`` into ``output``; return the files, relative."""
    context = build_context(load_spec(spec_path))
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-", dir=output.parent))
    try:
        written = render_package(context, staging)
        format_python(staging)
        replace_directory(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(path.relative_to(staging) for path in written)


def format_python(directory: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", *RUFF_FORMAT_OPTIONS, "--quiet", str(directory)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        # Ruff fails only on code that does not parse: a template bug, not an input error.
        raise RuntimeError(f"ruff format failed on the rendered package:\n{result.stderr}")


def replace_directory(staging: Path, output: Path) -> None:
    """Put ``staging`` in the place of ``output`` (each step a rename, no partial tree)."""
    if not output.exists():
        staging.rename(output)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{output.name}-old-", dir=output.parent))
    retired.rmdir()
    output.rename(retired)
    try:
        staging.rename(output)
    except OSError:
        retired.rename(output)
        raise
    shutil.rmtree(retired)
