"""The ``generate`` verb: the whole pipeline, from the schema document to ``generated/``.

By default it normalizes the project's inputs (the schema document, operations, supplement and
overrides) into ``spec/openapi.yaml`` and its report, generates the client package into
``generated/`` and formats it with ruff. Every output is staged first and moved into place only
once every stage has succeeded: bad input leaves the previous spec and package untouched. It
ends with a summary of what changed in the spec. Generating twice from the same inputs gives
byte-identical files.

With ``--spec``, it only generates the package of that spec into ``--output``.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ToolkitError
from generator.evolve.regenerate import GENERATED, generate_package, regenerate, replace_directory
from generator.evolve.spec_diff import diff_specs, summarize
from generator.openapi.document import SPEC_LOADER
from generator.spec.inputs import SPEC

HELP = "Regenerate spec/openapi.yaml and the client package (generated/) from the inputs."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=Path("."), help="project directory")
    parser.add_argument(
        "--spec",
        type=Path,
        default=None,
        help="generate only the package, from this spec instead of the normalized inputs",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="the package directory to (re)write with --spec (default: ROOT/generated)",
    )


def run(args: argparse.Namespace) -> int:
    root: Path = args.root
    if args.spec is not None:
        output = args.output if args.output is not None else root / GENERATED
        files = generate(args.spec, output, root)
        print(f"wrote {len(files)} files to {output}")
        return 0
    if args.output is not None:
        raise ToolkitError("--output needs --spec: the whole pipeline writes ROOT/generated")
    old_spec = load_spec(root / SPEC) if (root / SPEC).is_file() else {}
    new_spec = regenerate(root)
    print(f"regenerated {SPEC.as_posix()}, its report and {GENERATED.as_posix()}/")
    print(summarize(diff_specs(old_spec, new_spec)))
    return 0


def load_spec(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ToolkitError(f"{path}: cannot read the spec: {error.strerror}") from error
    try:
        spec = yaml.load(text, Loader=SPEC_LOADER)
    except yaml.YAMLError as error:
        raise ToolkitError(f"{path}: not YAML: {error}") from error
    if not isinstance(spec, dict):
        raise ToolkitError(f"{path}: expected an OpenAPI document (a mapping)")
    return spec


def generate(spec_path: Path, output: Path, root: Path = Path(".")) -> list[Path]:
    """Generate the package of ``spec_path`` into ``output``; return the files, relative.

    ``root`` is the project whose inputs the package is stamped with.
    """
    spec = load_spec(spec_path)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-", dir=output.parent))
    try:
        written = generate_package(spec, root, staging)
        replace_directory(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(path.relative_to(staging) for path in written)
