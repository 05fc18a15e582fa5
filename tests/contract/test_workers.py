"""A contract run's workers: how the phases are dealt out, and how their verdicts add up."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.contract.driver import RunFiles, Worker, schemathesis_environment
from generator.contract.results import (
    ContractResult,
    FailureGroup,
    StatefulCoverage,
    combine_results,
)
from generator.contract.settings import PHASES, default_workers, phase_groups


@pytest.mark.parametrize(
    ("workers", "groups"),
    [
        (1, [("examples", "coverage", "fuzzing", "stateful")]),
        # The two heaviest phases apart, each with one of the lighter two.
        (2, [("examples", "coverage"), ("fuzzing", "stateful")]),
        (3, [("examples", "stateful"), ("coverage",), ("fuzzing",)]),
        (4, [("examples",), ("coverage",), ("fuzzing",), ("stateful",)]),
        (9, [("examples",), ("coverage",), ("fuzzing",), ("stateful",)]),
    ],
)
def test_every_phase_goes_to_exactly_one_worker(
    workers: int, groups: list[tuple[str, ...]]
) -> None:
    assert list(phase_groups(PHASES, workers)) == groups


def test_a_run_of_some_phases_deals_out_only_those() -> None:
    assert phase_groups(("fuzzing", "examples"), 2) == (("examples",), ("fuzzing",))
    assert phase_groups(("stateful",), 4) == (("stateful",),)


def test_the_default_is_one_worker_per_usable_cpu_at_most_one_per_phase(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("os.sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    assert default_workers(PHASES) == 2
    assert default_workers(("fuzzing",)) == 1
    monkeypatch.setattr("os.sched_getaffinity", lambda _pid: {0}, raising=False)
    assert default_workers(PHASES) == 1


def _result(**changes: object) -> ContractResult:
    fields: dict[str, object] = {
        "exit_code": 0,
        "test_cases": 10,
        "running_time_s": 5.0,
        "failures": (),
        "errors": (),
        "seed": 7,
        "phase_statuses": {},
    }
    fields.update(changes)
    return ContractResult(**fields)  # type: ignore[arg-type]


def test_the_verdicts_of_the_workers_add_up_to_one() -> None:
    first = _result(
        exit_code=1,
        failures=(FailureGroup("Server error", 2, ("GET /a", "GET /b")),),
        errors=("Network error (1)",),
        phase_statuses={"examples": "success", "coverage": "failure"},
    )
    second = _result(
        test_cases=5,
        failures=(
            FailureGroup("Server error", 1, ("GET /b", "GET /c")),
            FailureGroup("Response violates schema", 3, ("GET /a",)),
        ),
        phase_statuses={"stateful": "success", "fuzzing": "skip"},
        stateful=StatefulCoverage(scenarios=30, links_covered=40, links_selected=57),
    )
    combined = combine_results([first, second], running_time_s=6.5)
    assert combined == ContractResult(
        exit_code=1,
        test_cases=15,
        running_time_s=6.5,
        failures=(
            FailureGroup("Server error", 3, ("GET /a", "GET /b", "GET /c")),
            FailureGroup("Response violates schema", 3, ("GET /a",)),
        ),
        errors=("Network error (1)",),
        seed=7,
        phase_statuses={
            "examples": "success",
            "coverage": "failure",
            "fuzzing": "skip",
            "stateful": "success",
        },
        stateful=StatefulCoverage(scenarios=30, links_covered=40, links_selected=57),
        workers=2,
    )
    assert not combined.passed


def test_a_worker_that_failed_fails_the_run_whatever_its_place() -> None:
    assert combine_results([_result(), _result(exit_code=2)], 1.0).exit_code == 2
    assert combine_results([_result(exit_code=-9), _result()], 1.0).exit_code == -9


def _worker(base_url: str, own_mock: bool) -> Worker:
    return Worker(("fuzzing",), base_url, RunFiles.in_directory(Path("unused")), own_mock)


def test_a_run_mock_is_never_reached_through_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "internal.example")
    monkeypatch.delenv("no_proxy", raising=False)
    environment = schemathesis_environment(_worker("http://127.0.0.1:41234", own_mock=True))
    assert environment["no_proxy"] == environment["NO_PROXY"] == "internal.example,127.0.0.1"
    assert environment["HTTP_PROXY"] == "http://proxy.example:3128"


def test_the_users_server_keeps_the_users_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    environment = schemathesis_environment(_worker("http://127.0.0.1:41234", own_mock=False))
    assert "NO_PROXY" not in environment
    assert "no_proxy" not in environment
