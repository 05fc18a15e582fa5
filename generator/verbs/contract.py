"""The ``contract`` verb: check with schemathesis that a server keeps the spec's contract.

Without ``--base-url`` the run targets a fresh mock of the API. schemathesis generates requests
from the spec (valid ones and, in its negative mode, invalid ones), sends them, and checks every
response; its stateful phase then follows the spec's links, from a create to the operations on
what it created. This verb prints schemathesis' report of each failing response, then a
summary, and exits non-zero if any response broke the contract.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

import attrs

from generator.errors import ToolkitError
from generator.mock.server import DEFAULT_SPEC_PATH, running_mock

HELP = "Check that the server at a base URL (the mock by default) keeps the spec's contract."

# What a response must satisfy. Left out: positive_data_acceptance, because the spec does not
# carry the server's own limits (memory bounds, quotas, existing names), so a spec-valid request
# may rightly be refused with 400. The last two apply to the stateful phase, which follows the
# spec's links from a create operation: what was just created must be found (not 404), and what
# was deleted must be gone.
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "unsupported_method",
    "ignored_auth",
    "use_after_free",
    "ensure_resource_availability",
)
PHASES = ("examples", "coverage", "fuzzing", "stateful")
DEFAULT_TOKEN = "contract-test-token"
# The stateful phase's bounds; schemathesis reads them only from a config file. Its defaults
# (the CLI's --max-examples scenarios of 6 steps) end most scenarios before a create has been
# followed by more than a call or two; these reach the spec's links and keep the phase to seconds.
# Its requests are valid ones only: the other phases send the invalid ones, and an invalid
# create starts a scenario that has nothing to follow.
DEFAULT_SCENARIOS = 100
DEFAULT_MAX_STEPS = 15


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
    # Which of schemathesis' phases to run, in its order.
    phases: tuple[str, ...] = PHASES
    # The stateful phase: at most this many scenarios, each of at most max_steps calls.
    scenarios: int = DEFAULT_SCENARIOS
    max_steps: int = DEFAULT_MAX_STEPS


@attrs.frozen
class FailureGroup:
    """One kind of contract failure and the operations that showed it."""

    title: str
    count: int
    operations: tuple[str, ...]


@attrs.frozen
class StatefulCoverage:
    """How far the stateful phase went: scenarios run, and links followed of those it knows."""

    scenarios: int
    links_covered: int
    links_total: int


# The JSON report leaves the stateful phase's numbers out; its text report has them.
_SCENARIOS_LINE = re.compile(r"^\s*Scenarios:\s+(\d+)\s*$", re.MULTILINE)
_LINKS_LINE = re.compile(r"^\s*API Links:\s+(\d+) covered / (\d+) selected", re.MULTILINE)


def stateful_coverage(text_report: str) -> StatefulCoverage | None:
    """The stateful phase's numbers from schemathesis' text report, if it ran."""
    scenarios = _SCENARIOS_LINE.search(text_report)
    links = _LINKS_LINE.search(text_report)
    if scenarios is None or links is None:
        return None
    return StatefulCoverage(int(scenarios[1]), int(links[1]), int(links[2]))


@attrs.frozen
class ContractResult:
    """The verdict of a run, read from schemathesis' JSON report."""

    exit_code: int
    test_cases: int
    running_time_s: float
    failures: tuple[FailureGroup, ...]
    errors: tuple[str, ...]
    seed: int | None
    # Phase name -> schemathesis' status for it ("success", "failure", "skip", ...).
    phase_statuses: Mapping[str, str]
    # What the stateful phase reached, when it ran.
    stateful: StatefulCoverage | None = None

    @property
    def passed(self) -> bool:
        return self.exit_code == 0 and not self.failures and not self.errors


def stateful_config(settings: ContractSettings) -> str:
    """The schemathesis.toml that bounds the stateful phase."""
    return (
        "[phases.stateful]\n"
        f"max-steps = {settings.max_steps}\n"
        "\n"
        "[phases.stateful.generation]\n"
        f"max-examples = {settings.scenarios}\n"
        'mode = "positive"\n'
    )


def schemathesis_command(
    settings: ContractSettings, report_path: Path, config_path: Path
) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config_path),
        "run",
        str(settings.spec_path),
        "--url",
        settings.base_url,
        "--header",
        f"Authorization: Bearer {settings.token}",
        "--checks",
        ",".join(CHECKS),
        "--phases",
        ",".join(settings.phases),
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
        config_path = Path(scratch) / "schemathesis.toml"
        config_path.write_text(stateful_config(settings), encoding="utf-8")
        process = subprocess.Popen(
            schemathesis_command(settings, report_path, config_path),
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
    return attrs.evolve(_result(report, exit_code), stateful=stateful_coverage("".join(lines)))


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
        phase_statuses={name: phase["status"] for name, phase in report["phases"].items()},
    )


def summary(settings: ContractSettings, result: ContractResult) -> str:
    """A few lines a person reads first: what ran, how long, what failed."""
    lines = [
        f"Contract run against {settings.base_url} with {settings.spec_path}:",
        f"  {result.test_cases} test cases in {result.running_time_s:.1f} s"
        f" (seed {result.seed}, at most {settings.max_examples} per operation and phase;"
        f" stateful: at most {settings.scenarios} scenarios of {settings.max_steps} steps)",
        "  phases: "
        + ", ".join(f"{name} {status}" for name, status in result.phase_statuses.items()),
    ]
    if result.stateful is not None:
        lines.append(
            f"  stateful: {result.stateful.scenarios} scenarios followed"
            f" {result.stateful.links_covered} of {result.stateful.links_total} links"
        )
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
        help=f"stateful phase: at most this many scenarios (default {DEFAULT_SCENARIOS})",
    )
    parser.add_argument(
        "--max-steps",
        type=int,
        default=DEFAULT_MAX_STEPS,
        help=f"stateful phase: calls per scenario (default {DEFAULT_MAX_STEPS})",
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
    for option, value in (
        ("--max-examples", args.max_examples),
        ("--scenarios", args.scenarios),
        ("--max-steps", args.max_steps),
    ):
        if value < 1:
            raise ToolkitError(f"{option}: expected at least 1, got {value}")
    with _target(args.base_url, args.spec, args.token) as base_url:
        settings = ContractSettings(
            spec_path=args.spec,
            base_url=base_url,
            token=args.token,
            max_examples=args.max_examples,
            seed=args.seed,
            workers=args.workers,
            operation_ids=tuple(args.operation_ids),
            phases=tuple(args.phases or PHASES),
            scenarios=args.scenarios,
            max_steps=args.max_steps,
        )
        result = run_contract(settings, output=sys.stdout)
    print(summary(settings, result))
    return 0 if result.passed else 1
