"""A contract run's verdict: read from schemathesis' reports, and summed up for a person."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from generator.contract.settings import (
    BASE_URL_ENVIRONMENT_VARIABLE,
    DEFAULT_TOKEN,
    PHASES,
    TOKEN_ENVIRONMENT_VARIABLE,
    ContractSettings,
)
from generator.errors import ToolkitError


@attrs.frozen
class FailureGroup:
    """One kind of contract failure and the operations that showed it."""

    title: str
    count: int
    operations: tuple[str, ...]


@attrs.frozen
class StatefulCoverage:
    """How far the stateful phase went: scenarios run, and links followed of those it selected."""

    scenarios: int
    links_covered: int
    links_selected: int


@attrs.frozen
class ContractResult:
    """The verdict of a run, read from schemathesis' JSON reports (one per worker)."""

    exit_code: int
    test_cases: int
    running_time_s: float
    failures: tuple[FailureGroup, ...]
    errors: tuple[str, ...]
    seed: int | None
    # Phase name -> schemathesis' status for it ("success", "failure", "skip", ...), for each
    # phase the run was asked for; one skipped for a reason of schemathesis' own is "skip".
    phase_statuses: Mapping[str, str]
    # What the stateful phase reached, when it ran.
    stateful: StatefulCoverage | None = None
    # How many schemathesis processes ran the phases.
    workers: int = 1

    @property
    def passed(self) -> bool:
        return self.exit_code == 0 and not self.failures and not self.errors


def read_stateful_coverage(path: Path) -> StatefulCoverage | None:
    """The stateful phase's coverage that ``stateful_tally`` wrote to ``path``; None if it did not run."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if document is None:
        return None
    names = [field.name for field in attrs.fields(StatefulCoverage)]
    if not isinstance(document, dict) or sorted(document) != sorted(names):
        raise ToolkitError(f"{path}: expected null or an object of {', '.join(names)}")
    counts = [document[name] for name in names]
    if not all(type(count) is int and count >= 0 for count in counts):
        raise ToolkitError(f"{path}: expected counts, got {document}")
    return StatefulCoverage(*counts)


def read_result(
    report: Mapping[str, Any], exit_code: int, stateful: StatefulCoverage | None
) -> ContractResult:
    """The verdict in schemathesis' JSON report, with the stateful phase's coverage."""
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
        phase_statuses={
            name: phase["status"]
            for name, phase in report["phases"].items()
            if phase.get("skip_reason") != "disabled"
        },
        stateful=stateful,
    )


def combine_results(results: Sequence[ContractResult], running_time_s: float) -> ContractResult:
    """The verdict of a run whose workers each ran some of its phases, and took
    ``running_time_s`` together."""
    failures: dict[str, FailureGroup] = {}
    for group in (group for result in results for group in result.failures):
        known = failures.get(group.title)
        if known is None:
            failures[group.title] = group
        else:
            operations = known.operations + tuple(
                name for name in group.operations if name not in known.operations
            )
            failures[group.title] = FailureGroup(group.title, known.count + group.count, operations)
    statuses = {
        name: status for result in results for name, status in result.phase_statuses.items()
    }
    stateful = [result.stateful for result in results if result.stateful is not None]
    return ContractResult(
        exit_code=next((result.exit_code for result in results if result.exit_code != 0), 0),
        test_cases=sum(result.test_cases for result in results),
        running_time_s=running_time_s,
        failures=tuple(failures.values()),
        errors=tuple(error for result in results for error in result.errors),
        seed=results[0].seed,
        phase_statuses={name: statuses[name] for name in PHASES if name in statuses},
        stateful=stateful[0] if stateful else None,
        workers=len(results),
    )


def _how_to_reproduce(settings: ContractSettings) -> list[str]:
    """How to run a failure's curl lines: they read the token (and a mock's address) from the
    environment, and go in order, since each may need the state the ones before it made."""
    if settings.target_is_mock:
        # The dummy token may be printed; a token of the user's own never is.
        token = (
            f" {TOKEN_ENVIRONMENT_VARIABLE}={DEFAULT_TOKEN}"
            if settings.token == DEFAULT_TOKEN
            else ""
        )
        return [
            "  to reproduce a failure, start a fresh mock and run its curl lines in order:",
            f"    export {BASE_URL_ENVIRONMENT_VARIABLE}=http://127.0.0.1:8080{token}",
            f'    python -m generator mock --port 8080 --token "${TOKEN_ENVIRONMENT_VARIABLE}" &',
        ]
    return [
        f"  to reproduce a failure, export {TOKEN_ENVIRONMENT_VARIABLE} (the run's token) and run"
        " its curl lines in order"
    ]


def summary(settings: ContractSettings, result: ContractResult) -> str:
    """A few lines a person reads first: what ran, how long, what failed."""
    target = settings.base_url or (
        "a fresh mock" if result.workers == 1 else "a fresh mock for each worker"
    )
    workers = "1 worker" if result.workers == 1 else f"{result.workers} workers"
    lines = [
        f"Contract run against {target} with {settings.spec_path}:",
        f"  {result.test_cases} test cases in {result.running_time_s:.1f} s"
        f" ({workers}, seed {result.seed}, at most {settings.max_examples} per operation and"
        f" phase; stateful: at most {settings.scenarios} scenarios of {settings.max_steps} steps)",
        "  phases: "
        + ", ".join(f"{name} {status}" for name, status in result.phase_statuses.items()),
    ]
    if result.stateful is not None:
        lines.append(
            f"  stateful: {result.stateful.scenarios} scenarios followed"
            f" {result.stateful.links_covered} of {result.stateful.links_selected} links"
        )
    for group in result.failures:
        lines.append(f"  FAILED {group.title}: {group.count}x in {', '.join(group.operations)}")
    for error in result.errors:
        lines.append(f"  ERROR {error}")
    if result.failures:
        lines += _how_to_reproduce(settings)
    if settings.report_dir is not None:
        lines.append(f"  reports kept in {settings.report_dir}")
    lines.append("  contract kept" if result.passed else "  contract broken")
    return "\n".join(lines)
