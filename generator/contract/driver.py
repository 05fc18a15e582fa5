"""Running schemathesis on a spec and a server: its config file, its command line, its reports."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import deque
from pathlib import Path
from typing import TextIO

import attrs

from generator.contract.results import ContractResult, read_result, read_stateful_coverage
from generator.contract.settings import CHECKS, ContractSettings, stateful_config
from generator.errors import ToolkitError

# schemathesis loads this file itself, from its config file, so that the event handler in it
# sees the engine's events; it is never imported here, where it would change schemathesis'
# command line. It declares the option that says where to write the stateful phase's coverage
# (spelled there too: a mismatch stops schemathesis with "No such option" before it runs).
HOOKS_PATH = Path(__file__).with_name("stateful_tally.py")
STATEFUL_COVERAGE_OPTION = "--ukc-stateful-coverage-path"
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


def run_contract(settings: ContractSettings, output: TextIO | None = None) -> ContractResult:
    """Run schemathesis against ``settings.base_url``; copy its report to ``output``."""
    with tempfile.TemporaryDirectory(prefix="ukc-contract-") as scratch:
        files = RunFiles.in_directory(Path(scratch))
        files.config.write_text(schemathesis_config(settings), encoding="utf-8")
        exit_code, tail = _run(schemathesis_command(settings, files), output)
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


def _run(command: list[str], output: TextIO | None) -> tuple[int, str]:
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
        if output is not None:
            output.write(line)
    exit_code = process.wait()
    tail = "" if output is not None else ":\n" + "".join(last_lines)
    return exit_code, tail
