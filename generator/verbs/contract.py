"""The ``contract`` verb: check with schemathesis that a server keeps the spec's contract.

Without ``--base-url`` the run targets a fresh mock of the API. schemathesis generates requests
from the spec (valid ones and, in its negative mode, invalid ones), sends them, and checks every
response; this verb prints schemathesis' report of each failing response, then a summary, and
exits non-zero if any response broke the contract.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import attrs

from generator.errors import ToolkitError
from generator.mock.server import DEFAULT_SPEC_PATH, running_mock

HELP = "Check that the server at a base URL (the mock by default) keeps the spec's contract."

# What a response must satisfy. Left out: positive_data_acceptance, because the spec does not
# carry the server's own limits (memory bounds, quotas, existing names), so a spec-valid request
# may rightly be refused with 400; and the checks of stateful links, which the spec has none of.
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "unsupported_method",
    "ignored_auth",
)
PHASES = ("examples", "coverage", "fuzzing")
DEFAULT_TOKEN = "contract-test-token"


@attrs.frozen
class ContractSettings:
    """What to test, where, and how hard."""

    spec_path: Path
    base_url: str
    token: str = DEFAULT_TOKEN
    max_examples: int = 5
    seed: int | None = None
    # One worker: with more, hypothesis' shared caches now and then raise a FlakyFailure while
    # generating (a runtime error of the run, not of the server); two were not faster here.
    workers: int = 1
    # Only these operations (by operation id); all of them when empty.
    operation_ids: tuple[str, ...] = ()


@attrs.frozen
class FailureGroup:
    """One kind of contract failure and the operations that showed it."""

    title: str
    count: int
    operations: tuple[str, ...]


@attrs.frozen
class ContractResult:
    """The verdict of a run, read from schemathesis' JSON report."""

    exit_code: int
    test_cases: int
    running_time_s: float
    failures: tuple[FailureGroup, ...]
    errors: tuple[str, ...]
    seed: int | None

    @property
    def passed(self) -> bool:
        return self.exit_code == 0 and not self.failures and not self.errors


def schemathesis_command(settings: ContractSettings, report_path: Path) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(settings.spec_path),
        "--url",
        settings.base_url,
        "--header",
        f"Authorization: Bearer {settings.token}",
        "--checks",
        ",".join(CHECKS),
        "--phases",
        ",".join(PHASES),
        "--max-examples",
        str(settings.max_examples),
        "--workers",
        str(settings.workers),
        "--generation-database",
        "none",
        "--report",
        "json",
        "--report-json-path",
        str(report_path),
        "--no-color",
    ]
    if settings.seed is not None:
        command += ["--seed", str(settings.seed)]
    for operation_id in settings.operation_ids:
        command += ["--include-operation-id", operation_id]
    return command


def run_contract(settings: ContractSettings, output: TextIO | None = None) -> ContractResult:
    """Run schemathesis against ``settings.base_url``; copy its report to ``output``."""
    with tempfile.TemporaryDirectory(prefix="ukc-contract-") as scratch:
        report_path = Path(scratch) / "report.json"
        process = subprocess.Popen(
            schemathesis_command(settings, report_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if output is not None:
                output.write(line)
        exit_code = process.wait()
        if not report_path.is_file():
            tail = "".join(lines[-20:])
            raise ToolkitError(f"schemathesis wrote no report (exit {exit_code}):\n{tail}")
        report = json.loads(report_path.read_text(encoding="utf-8"))
    return _result(report, exit_code)


def _result(report: dict[str, Any], exit_code: int) -> ContractResult:
    return ContractResult(
        exit_code=exit_code,
        test_cases=int(report["test_cases"]["generated"]),
        running_time_s=float(report["running_time"] or 0.0),
        failures=tuple(
            FailureGroup(group["title"], int(group["count"]), tuple(group["operations"]))
            for group in report["failures"]
        ),
        errors=tuple(f"{error['title']} ({error['count']})" for error in report["errors"]),
        seed=report.get("seed"),
    )


def summary(settings: ContractSettings, result: ContractResult) -> str:
    """A few lines a person reads first: what ran, how long, what failed."""
    lines = [
        f"Contract run against {settings.base_url} with {settings.spec_path}:",
        f"  {result.test_cases} test cases in {result.running_time_s:.1f} s"
        f" (seed {result.seed}, at most {settings.max_examples} per operation and phase)",
    ]
    for group in result.failures:
        lines.append(f"  FAILED {group.title}: {group.count}x in {', '.join(group.operations)}")
    for error in result.errors:
        lines.append(f"  ERROR {error}")
    lines.append("  contract kept" if result.passed else "  contract broken")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base-url", help="the server to check (default: a mock of the API, started for the run)"
    )
    parser.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC_PATH, help="the OpenAPI spec to check against"
    )
    parser.add_argument(
        "--token", default=DEFAULT_TOKEN, help="bearer token to send (default: a dummy one)"
    )
    parser.add_argument(
        "--max-examples", type=int, default=5, help="test cases per operation and phase"
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
        "--workers", type=int, default=1, help="concurrent schemathesis workers (default 1)"
    )


@contextlib.contextmanager
def _target(base_url: str | None, spec_path: Path, token: str) -> Iterator[str]:
    if base_url is not None:
        yield base_url
        return
    with running_mock(spec_path, token=token) as mock_url:
        yield mock_url


def run(args: argparse.Namespace) -> int:
    if not args.spec.is_file():
        raise ToolkitError(f"{args.spec}: no such spec file")
    if args.max_examples < 1:
        raise ToolkitError(f"--max-examples: expected at least 1, got {args.max_examples}")
    with _target(args.base_url, args.spec, args.token) as base_url:
        settings = ContractSettings(
            spec_path=args.spec,
            base_url=base_url,
            token=args.token,
            max_examples=args.max_examples,
            seed=args.seed,
            workers=args.workers,
            operation_ids=tuple(args.operation_ids),
        )
        result = run_contract(settings, output=sys.stdout)
    print(summary(settings, result))
    return 0 if result.passed else 1
