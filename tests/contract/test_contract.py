"""The contract run: schemathesis against the mock passes, against a wrong server it fails."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from werkzeug.wrappers import Request

from generator.cli import main
from generator.contract import ContractResult, ContractSettings, run_contract
from generator.contract.driver import reproduction_line
from generator.mock import MockApplication, MockServer, running_mock
from generator.mock.routes import MethodNotInSpec, RouteNotFound
from generator.mock.server import spec_at
from tests.support.paths import REAL_SPEC

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

TOKEN = "contract-token"
# Enough to meet every operation in each phase, few enough to stay well under a minute.
MAX_EXAMPLES = 5
SEED = 20240601


class OperationTimeAsText:
    """The mock, broken on purpose: ``op_time_us`` (an integer in the spec) sent as a string."""

    def __init__(self, app: WSGIApplication) -> None:
        self._app = app

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        captured: dict[str, object] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: object = None) -> None:
            captured.update(status=status, headers=headers)

        body = b"".join(self._app(environ, capture))  # type: ignore[arg-type]
        envelope = json.loads(body)
        envelope["op_time_us"] = f"{envelope['op_time_us']} us"
        broken = json.dumps(envelope).encode()
        headers = [
            (name, str(len(broken)) if name.lower() == "content-length" else value)
            for name, value in captured["headers"]  # type: ignore[attr-defined]
        ]
        start_response(str(captured["status"]), headers)
        return [broken]


@pytest.fixture
def wrong_server_url() -> Iterator[str]:
    app = MockApplication(spec_at(REAL_SPEC), token=TOKEN)
    with MockServer(OperationTimeAsText(app)) as server:
        yield server.base_url


def test_contract_run_against_the_mock_finds_no_failure() -> None:
    with running_mock(token=TOKEN) as base_url:
        settings = ContractSettings(
            REAL_SPEC, base_url, token=TOKEN, max_examples=MAX_EXAMPLES, seed=SEED
        )
        report = io.StringIO()
        result = run_contract(settings, output=report)
    assert result.failures == (), report.getvalue()
    assert result.errors == (), report.getvalue()
    assert result.passed
    assert result.test_cases > 0


def test_each_worker_checks_a_fresh_mock_of_its_own_reached_past_any_proxy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A proxy that answers nothing: a run whose requests went through it would only see errors.
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    settings = ContractSettings(
        REAL_SPEC,
        None,
        token=TOKEN,
        max_examples=1,
        seed=SEED,
        workers=2,
        operation_ids=("healthz", "get_instances"),
        phases=("examples", "fuzzing"),
        report_dir=tmp_path,
    )
    report = io.StringIO()
    result = run_contract(settings, output=report)
    assert result.passed, report.getvalue()
    assert (result.workers, list(result.phase_statuses)) == (2, ["examples", "fuzzing"])
    mocks = re.findall(r"^=== worker \d of 2: \w+ against (\S+) ===$", report.getvalue(), re.M)
    assert len(set(mocks)) == 2, report.getvalue()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["examples", "fuzzing"]


class AnswerLog:
    """The mock, with a log of the spec path and HTTP status of each answer it gives."""

    def __init__(self, app: MockApplication) -> None:
        self._app = app
        self.answers: list[tuple[str, int]] = []

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        request = Request(environ)
        response = self._app.respond(request)
        try:
            match = self._app.router.match(request.method, request.path)
            self.answers.append((match.operation.path, response.status_code))
        except (RouteNotFound, MethodNotInSpec):
            pass
        return response(environ, start_response)


@pytest.fixture(scope="module")
def stateful_run() -> tuple[ContractResult, str, list[tuple[str, int]]]:
    log = AnswerLog(MockApplication(spec_at(REAL_SPEC), token=TOKEN))
    with MockServer(log) as server:
        settings = ContractSettings(
            REAL_SPEC, server.base_url, token=TOKEN, seed=SEED, phases=("stateful",)
        )
        report = io.StringIO()
        result = run_contract(settings, output=report)
    return result, report.getvalue(), log.answers


def test_stateful_phase_against_the_mock_finds_no_failure(
    stateful_run: tuple[ContractResult, str, list[tuple[str, int]]],
) -> None:
    result, report, _ = stateful_run
    assert result.phase_statuses["stateful"] == "success", report
    assert result.passed, report


def test_stateful_phase_reports_its_scenarios_and_the_links_they_followed(
    stateful_run: tuple[ContractResult, str, list[tuple[str, int]]],
) -> None:
    # Counted from schemathesis' engine events, not read from its text output.
    result, report, _ = stateful_run
    coverage = result.stateful
    assert coverage is not None, report
    assert coverage.scenarios > 0, report
    assert coverage.links_covered > 0, report
    assert coverage.links_selected >= coverage.links_covered, report


def test_a_run_without_the_stateful_phase_reports_no_stateful_coverage() -> None:
    with running_mock(token=TOKEN) as base_url:
        settings = ContractSettings(
            REAL_SPEC,
            base_url,
            token=TOKEN,
            max_examples=1,
            seed=SEED,
            operation_ids=("healthz",),
            phases=("fuzzing",),
        )
        report = io.StringIO()
        result = run_contract(settings, output=report)
    assert result.passed, report.getvalue()
    assert result.stateful is None


def test_stateful_phase_reaches_a_created_resource_of_each_kind_by_uuid(
    stateful_run: tuple[ContractResult, str, list[tuple[str, int]]],
) -> None:
    # A random UUID never names a resource: a 200 by UUID means a link was followed.
    _, report, answers = stateful_run
    succeeded = {path for path, status in answers if status == 200}
    kinds = {
        "instance": "/v1/instances/{uuid}",
        "volume": "/v1/volumes/{uuid}",
        "certificate": "/v1/certificates/{uuid}",
        "autoscale configuration": "/v1/services/{uuid}/autoscale",
    }
    unreached = [
        kind
        for kind, prefix in kinds.items()
        if not any(path.startswith(prefix) for path in succeeded)
    ]
    if "/v1/services/{uuid}" not in succeeded:
        unreached.append("service group")
    assert unreached == [], report


def test_contract_run_reports_an_integer_sent_as_a_string(wrong_server_url: str) -> None:
    # Two workers, which both meet the failure: the summary names each operation once.
    settings = ContractSettings(
        REAL_SPEC,
        wrong_server_url,
        token=TOKEN,
        max_examples=2,
        seed=SEED,
        workers=2,
        operation_ids=("healthz", "get_instances"),
        phases=("examples", "fuzzing"),
    )
    report = io.StringIO()
    result = run_contract(settings, output=report)
    assert not result.passed
    assert result.workers == 2
    assert list(result.phase_statuses) == ["examples", "fuzzing"]
    (schema,) = [group for group in result.failures if group.title == "Response violates schema"]
    assert sorted(schema.operations) == ["GET /v1/healthz", "GET /v1/instances"], report.getvalue()
    first, second = report.getvalue().split("=== worker 2 of 2: fuzzing against")
    for output in (first, second):
        assert re.search(r'"\d+ us" is not of type "integer"', output), output


def test_contract_verb_exits_non_zero_on_a_broken_contract(
    wrong_server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    exit_code = main(
        [
            "contract",
            "--base-url",
            wrong_server_url,
            "--token",
            TOKEN,
            "--max-examples",
            "1",
            "--seed",
            str(SEED),
            "--operation",
            "healthz",
        ]
    )
    assert exit_code == 1
    summary = capsys.readouterr().out
    assert "FAILED Response violates schema" in summary
    assert "contract broken" in summary


def test_contract_verb_reads_the_token_from_the_environment_and_keeps_its_reports(
    wrong_server_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The wrong server accepts only TOKEN: a 401 on every call would be a different failure.
    monkeypatch.setenv("UKC_TOKEN", TOKEN)
    report_dir = tmp_path / "contract-reports"
    exit_code = main(
        ["contract", "--base-url", wrong_server_url, "--max-examples", "1", "--seed", str(SEED)]
        + ["--operation", "healthz", "--report-dir", str(report_dir), "--workers", "2"]
    )
    output = capsys.readouterr().out
    assert exit_code == 1
    assert "FAILED Response violates schema" in output
    assert "token is not accepted" not in output
    # One directory per worker, named by its phases, with schemathesis' report and output.
    workers = sorted(path.name for path in report_dir.iterdir())
    assert workers == ["examples-coverage", "fuzzing-stateful"]
    for name in workers:
        assert json.loads((report_dir / name / "report.json").read_text(encoding="utf-8"))
        assert "Seed:" in (report_dir / name / "output.txt").read_text(encoding="utf-8")
    assert f"reports kept in {report_dir}" in output


def test_a_printed_reproduction_works_as_printed(
    wrong_server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(
        ["contract", "--base-url", wrong_server_url, "--token", TOKEN, "--max-examples", "1"]
        + ["--seed", str(SEED), "--operation", "healthz", "--phase", "fuzzing"]
    )
    output = capsys.readouterr().out
    assert "[Filtered]" not in output
    assert "st replay" not in output
    curl_lines = [line.strip() for line in output.splitlines() if line.strip().startswith("curl ")]
    assert curl_lines, output
    # The line as a person pastes it into a shell that has the token in UKC_TOKEN.
    pasted = subprocess.run(
        ["bash", "-c", curl_lines[0] + " --silent --show-error"],
        env={**os.environ, "UKC_TOKEN": TOKEN},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert re.search(r'"op_time_us": "\d+ us"', pasted.stdout), pasted.stdout


def test_reproductions_against_a_run_mock_read_the_address_from_the_environment() -> None:
    line = "    curl -X GET -H 'Authorization: [Filtered]' http://127.0.0.1:43210/v1/instances\n"
    assert reproduction_line(line, "http://127.0.0.1:43210") == (
        '    curl -X GET -H "Authorization: Bearer $UKC_TOKEN" $UKC_BASE_URL/v1/instances\n'
    )
    assert reproduction_line(line, None) == (
        '    curl -X GET -H "Authorization: Bearer $UKC_TOKEN" http://127.0.0.1:43210/v1/instances\n'
    )
    assert reproduction_line("    st replay BiiPGq\n", None) is None
