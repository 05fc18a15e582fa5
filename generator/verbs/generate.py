"""The ``generate`` verb: the whole pipeline, from the schema document to ``generated/``.

By default it normalizes the project's source (``--source``, or the one ``pyproject.toml``
names, else the page) into ``spec/openapi.yaml`` and its report: the page with its operations,
supplement and overrides, or a published OpenAPI document, which brings its own. It then
generates the client package into ``generated/`` and formats it with ruff. Every output is staged first and moved into place only
once every stage has succeeded: bad input leaves the previous spec and package untouched. It
ends with what changed, by name: schemas, fields, enum values, operations and client methods. Generating twice from the same inputs gives
byte-identical files.

With ``--spec``, it only generates the package of that spec into ``--output``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Regenerate spec/openapi.yaml and the client package (generated/) from the inputs."
EXTRA: str | None = "generate"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=Path("."), help="project directory")
    parser.add_argument(
        "--source",
        type=Path,
        default=None,
        help="the source: the schema page or a published OpenAPI 3.0/3.1 document, told apart "
        "by content (default: [tool.ukc-toolkit] source in pyproject.toml, else spec/source/...)",
    )
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
    from generator.codegen.package import generate_from_spec
    from generator.errors import ToolkitError
    from generator.evolve.regenerate import GENERATED, change_summary, regenerate
    from generator.openapi.document import load_document
    from generator.spec.inputs import SPEC

    root: Path = args.root
    if args.spec is not None and args.source is not None:
        raise ToolkitError("--spec and --source exclude each other: --spec skips the source")
    if args.spec is not None:
        output = args.output if args.output is not None else root / GENERATED
        files = generate_from_spec(args.spec, output, root)
        print(f"wrote {len(files)} files to {output}")
        return 0
    if args.output is not None:
        raise ToolkitError("--output needs --spec: the whole pipeline writes ROOT/generated")
    old_spec = load_document(root / SPEC) if (root / SPEC).is_file() else {}
    new_spec = regenerate(root, args.source)
    print(f"regenerated {SPEC.as_posix()}, its report and {GENERATED.as_posix()}/")
    print(change_summary(old_spec, new_spec))
    return 0
