"""The command line: one sub-command a verb, each verb in a module of its own.

A verb module exposes ``HELP`` (one line), ``EXTRA`` (the toolkit's extra its run needs, or
``None``), ``add_arguments(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from generator.errors import ToolkitError

# verb -> module that implements it; the order is the order of ``--help``.
VERBS: dict[str, str] = {
    "normalize": "generator.verbs.normalize",
    "generate": "generator.verbs.generate",
    "check": "generator.verbs.check",
    "diff": "generator.verbs.diff",
    "mock": "generator.verbs.mock",
    "contract": "generator.verbs.contract",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Normalize the API's schema document and generate its typed client.",
    )
    sub = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for verb, module_name in VERBS.items():
        module = importlib.import_module(module_name)
        verb_parser = sub.add_parser(verb, help=module.HELP, description=module.HELP)
        module.add_arguments(verb_parser)
        verb_parser.set_defaults(run=module.run, extra=module.EXTRA)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status = int(args.run(args))
        sys.stdout.flush()
        return status
    except ToolkitError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as missing:
        # A consumer's repository installs the base toolkit (the mock); the other verbs come
        # with extras. Without one, say which, instead of a traceback.
        if args.extra is None:
            raise
        print(
            f"error: python -m generator {args.verb} needs the module {missing.name!r}, which"
            f" the toolkit's {args.extra!r} extra installs: pip install 'ukc-toolkit[{args.extra}]'",
            file=sys.stderr,
        )
        return 2
    except BrokenPipeError:
        # The reader went away (``diff --json | head``): nothing is left to tell it. Point
        # stdout at devnull so that the interpreter's last flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
