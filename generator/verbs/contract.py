"""The ``contract`` verb: the command line of ``generator.contract``, against the mock by default.

Without ``--base-url`` the run targets a fresh mock of the API (one per worker). The verb prints schemathesis'
report of each failing response, then a summary, and exits non-zero if any response broke the
contract.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

# Only the settings at import time: the runner and the mock are imported by ``run``, so that
# ``--help`` stays quick.
from generator.contract.settings import (
    DEFAULT_MAX_EXAMPLES,
    DEFAULT_MAX_STEPS,
    DEFAULT_SCENARIOS,
    DEFAULT_TOKEN,
    PHASES,
    TOKEN_ENVIRONMENT_VARIABLE,
    default_workers,
)
from generator.errors import ToolkitError
from generator.openapi.document import default_spec_path

HELP = "Check that the server at a base URL (the mock by default) keeps the spec's contract."
EXTRA: str | None = "contract"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base-url", help="the server to check (default: a mock of the API, started for the run)"
    )
    parser.add_argument(
        "--spec",
        type=Path,
        help="the OpenAPI spec to check against (default: $UKC_SPEC, else the installed one)",
    )
    parser.add_argument(
        "--token",
        help=f"bearer token to send (default: ${TOKEN_ENVIRONMENT_VARIABLE}, else a dummy one)",
    )
    parser.add_argument(
        "--report-dir",
        type=Path,
        help="keep schemathesis' reports and config here (default: removed after the run)",
    )
    parser.add_argument(
        "--max-examples",
        type=int,
        default=DEFAULT_MAX_EXAMPLES,
        help="test cases per operation and phase",
    )
    parser.add_argument("--seed", type=int, help="seed for a reproducible run")
    parser.add_argument(
        "--operation",
        dest="operation_ids",
        action="append",
        default=[],
        metavar="OPERATION_ID",
        help="check only this operation (repeatable; default: all)",
    )
    parser.add_argument(
        "--phase",
        dest="phases",
        action="append",
        choices=PHASES,
        metavar="PHASE",
        help=f"run only this phase (repeatable; default: all of {', '.join(PHASES)})",
    )
    parser.add_argument(
        "--scenarios",
        type=int,
        default=DEFAULT_SCENARIOS,
        help=(
            f"stateful phase: at most this many scenarios (default {DEFAULT_SCENARIOS}, a quick"
            " bound; 100 follow a few more links in a much longer run)"
        ),
    )
    parser.add_argument(
        "--max-steps",
        type=int,
        default=DEFAULT_MAX_STEPS,
        help=f"stateful phase: calls per scenario (default {DEFAULT_MAX_STEPS})",
    )
    parser.add_argument(
        "--workers",
        type=int,
        help=(
            "schemathesis processes that run the phases at once, each against a mock of its own"
            " when the run starts the mock (default: one per CPU, at most one per phase;"
            f" {default_workers(PHASES)} here)"
        ),
    )


def run(args: argparse.Namespace) -> int:
    from generator.contract import ContractSettings, run_contract, summary

    # schemathesis runs in a process of its own, where its absence would only show as a run
    # that wrote no report.
    if importlib.util.find_spec("schemathesis") is None:
        raise ModuleNotFoundError("No module named 'schemathesis'", name="schemathesis")
    if args.spec is None:
        args.spec = default_spec_path()
    if not args.spec.is_file():
        raise ToolkitError(f"{args.spec}: no such spec file")
    phases = tuple(args.phases or PHASES)
    workers = args.workers if args.workers is not None else default_workers(phases)
    for option, value in (
        ("--max-examples", args.max_examples),
        ("--scenarios", args.scenarios),
        ("--max-steps", args.max_steps),
        ("--workers", workers),
    ):
        if value < 1:
            raise ToolkitError(f"{option}: expected at least 1, got {value}")
    token = args.token or os.environ.get(TOKEN_ENVIRONMENT_VARIABLE) or DEFAULT_TOKEN
    settings = ContractSettings(
        spec_path=args.spec,
        base_url=args.base_url,
        token=token,
        max_examples=args.max_examples,
        seed=args.seed,
        workers=workers,
        operation_ids=tuple(args.operation_ids),
        phases=phases,
        scenarios=args.scenarios,
        max_steps=args.max_steps,
        report_dir=args.report_dir,
    )
    result = run_contract(settings, output=sys.stdout)
    print(summary(settings, result))
    return 0 if result.passed else 1
