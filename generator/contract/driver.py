"""Running schemathesis on a spec and a server: its config file, its command line, its reports."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
import tempfile
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import attrs

from generator.contract.results import ContractResult, read_result, read_stateful_coverage
from generator.contract.settings import (
    BASE_URL_ENVIRONMENT_VARIABLE,
    CHECKS,
    TOKEN_ENVIRONMENT_VARIABLE,
    ContractSettings,
    stateful_config,
)
from generator.errors import ToolkitError

# schemathesis loads this file itself, from its config file, so that the event handler in it
# sees the engine's events; it is never imported here, where it would change schemathesis'
# command line. It declares the option that says where to write the stateful phase's coverage
# (spelled there too: a mismatch stops schemathesis with "No such option" before it runs).
HOOKS_PATH = Path(__file__).with_name("stateful_tally.py")
STATEFUL_COVERAGE_OPTION = "--ukc-stateful-coverage-path"
# schemathesis hides the credentials in the curl lines it prints ("[Filtered]"), which leaves a
# line that the server refuses with 401; and it suggests "st replay", which sends neither the
# header nor the state the failure needed. A printed reproduction reads the token from the
# environment instead, and is the whole sequence of curl lines, to run in order.
_FILTERED_AUTHORIZATION = re.compile(r"-H 'Authorization: \[Filtered\]'")
_REPLAY_HINT = re.compile(r"^\s*st replay \S+\s*$")
# How much of schemathesis' output an error quotes when it was not copied anywhere.
_TAIL_LINES = 20


@attrs.frozen
class RunFiles:
    """Where one run's config file and reports are."""

    config: Path
    json_report: Path
    stateful_coverage: Path

    @classmethod
    def in_directory(cls, directory: Path) -> RunFiles:
        return cls(
            config=directory / "schemathesis.toml",
            json_report=directory / "report.json",
            stateful_coverage=directory / "stateful-coverage.json",
        )


def schemathesis_config(settings: ContractSettings) -> str:
    """The schemathesis.toml of a run: our hooks file and the stateful phase's bounds."""
    # A JSON string is a TOML basic string.
    return f"hooks = {json.dumps(str(HOOKS_PATH))}\n\n" + stateful_config(settings)


def schemathesis_command(settings: ContractSettings, files: RunFiles) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(files.config),
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
        str(files.json_report),
        STATEFUL_COVERAGE_OPTION,
        str(files.stateful_coverage),
        "--no-color",
    ]
    if settings.seed is not None:
        command += ["--seed", str(settings.seed)]
    for operation_id in settings.operation_ids:
        command += ["--include-operation-id", operation_id]
    return command


def reproduction_line(line: str, settings: ContractSettings) -> str | None:
    """One line of schemathesis' output as printed: curl lines that work when pasted, or None.

    The token comes from ``$UKC_TOKEN``; against a mock started for the run, the address from
    ``$UKC_BASE_URL`` (a fresh mock, since the run's one is gone with its state).
    """
    if _REPLAY_HINT.match(line):
        return None
    if "curl " not in line:
        return line
    line = _FILTERED_AUTHORIZATION.sub(
        f'-H "Authorization: Bearer ${TOKEN_ENVIRONMENT_VARIABLE}"', line
    )
    if settings.target_is_mock:
        line = line.replace(settings.base_url, f"${BASE_URL_ENVIRONMENT_VARIABLE}")
    return line


@contextlib.contextmanager
def _run_directory(settings: ContractSettings) -> Iterator[Path]:
    if settings.report_dir is not None:
        settings.report_dir.mkdir(parents=True, exist_ok=True)
        yield settings.report_dir
        return
    with tempfile.TemporaryDirectory(prefix="ukc-contract-") as scratch:
        yield Path(scratch)


def run_contract(settings: ContractSettings, output: TextIO | None = None) -> ContractResult:
    """Run schemathesis against ``settings.base_url``; copy its report to ``output``.

    The reports are kept in ``settings.report_dir`` when it is set.
    """
    with _run_directory(settings) as directory:
        files = RunFiles.in_directory(directory)
        files.config.write_text(schemathesis_config(settings), encoding="utf-8")
        exit_code, tail = _run(schemathesis_command(settings, files), output, settings)
        if not files.json_report.is_file():
            raise ToolkitError(f"schemathesis wrote no report (exit {exit_code}){tail}")
        if not files.stateful_coverage.is_file():
            raise ToolkitError(
                f"schemathesis wrote no stateful coverage (exit {exit_code}):"
                f" its hooks file {HOOKS_PATH} did not run{tail}"
            )
        report = json.loads(files.json_report.read_text(encoding="utf-8"))
        stateful = read_stateful_coverage(files.stateful_coverage)
    return read_result(report, exit_code, stateful)


def _run(command: list[str], output: TextIO | None, settings: ContractSettings) -> tuple[int, str]:
    """Run ``command``, copying its output to ``output``; its exit code and, if not copied, its tail."""
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    last_lines: deque[str] = deque(maxlen=_TAIL_LINES)
    for line in process.stdout:
        last_lines.append(line)
        printed = reproduction_line(line, settings)
        if output is not None and printed is not None:
            output.write(printed)
    exit_code = process.wait()
    tail = "" if output is not None else ":\n" + "".join(last_lines)
    return exit_code, tail
