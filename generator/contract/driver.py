"""Running schemathesis on a spec and a server: its config file, its command line, its workers,
its reports."""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TextIO
from urllib.parse import urlsplit

import attrs

from generator.contract.results import (
    ContractResult,
    combine_results,
    read_result,
    read_stateful_coverage,
)
from generator.contract.settings import (
    BASE_URL_ENVIRONMENT_VARIABLE,
    CHECKS,
    TOKEN_ENVIRONMENT_VARIABLE,
    ContractSettings,
    phase_groups,
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
# The seeds schemathesis picks itself; the run picks one when none is given, so that every
# worker uses it and the one printed reproduces the whole run.
_SEED_BITS = 128


@attrs.frozen
class RunFiles:
    """Where one run's config file and reports are."""

    config: Path
    json_report: Path
    stateful_coverage: Path
    # schemathesis' output as it printed it (a later worker's is held there while the first
    # worker's is copied to the run's output).
    output: Path

    @classmethod
    def in_directory(cls, directory: Path) -> RunFiles:
        return cls(
            config=directory / "schemathesis.toml",
            json_report=directory / "report.json",
            stateful_coverage=directory / "stateful-coverage.json",
            output=directory / "output.txt",
        )


@attrs.frozen
class Worker:
    """One schemathesis process of a run: its phases, its server, its files."""

    phases: tuple[str, ...]
    base_url: str
    files: RunFiles
    # The server is a mock started for the run (and gone when it ends).
    own_mock: bool


def schemathesis_config(settings: ContractSettings) -> str:
    """The schemathesis.toml of a run: our hooks file and the stateful phase's bounds."""
    # A JSON string is a TOML basic string.
    return f"hooks = {json.dumps(str(HOOKS_PATH))}\n\n" + stateful_config(settings)


def schemathesis_command(settings: ContractSettings, worker: Worker, seed: int) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(worker.files.config),
        "run",
        str(settings.spec_path),
        "--url",
        worker.base_url,
        "--header",
        f"Authorization: Bearer {settings.token}",
        "--checks",
        ",".join(CHECKS),
        "--phases",
        ",".join(worker.phases),
        "--max-examples",
        str(settings.max_examples),
        # One thread: the run's concurrency is its worker processes (settings.PHASE_WEIGHTS).
        "--workers",
        "1",
        "--generation-database",
        "none",
        "--report",
        "json",
        "--report-json-path",
        str(worker.files.json_report),
        STATEFUL_COVERAGE_OPTION,
        str(worker.files.stateful_coverage),
        "--no-color",
        "--seed",
        str(seed),
    ]
    for operation_id in settings.operation_ids:
        command += ["--include-operation-id", operation_id]
    return command


def schemathesis_environment(worker: Worker) -> dict[str, str]:
    """The environment of a worker's process: the caller's, with a run's own mock never reached
    through a proxy (requests would send loopback requests to ``HTTP_PROXY`` too, and looks the
    proxy settings up for each request unless the host is exempt)."""
    environment = dict(os.environ)
    if worker.own_mock:
        host = urlsplit(worker.base_url).hostname or ""
        exempt = environment.get("no_proxy") or environment.get("NO_PROXY")
        exempt = f"{exempt},{host}" if exempt else host
        environment["no_proxy"] = environment["NO_PROXY"] = exempt
    return environment


def reproduction_line(line: str, mock_url: str | None) -> str | None:
    """One line of schemathesis' output as printed: curl lines that work when pasted, or None.

    The token comes from ``$UKC_TOKEN``; the address of a mock started for the run
    (``mock_url``) from ``$UKC_BASE_URL`` (a fresh mock, since the run's one is gone with its
    state).
    """
    if _REPLAY_HINT.match(line):
        return None
    if "curl " not in line:
        return line
    line = _FILTERED_AUTHORIZATION.sub(
        f'-H "Authorization: Bearer ${TOKEN_ENVIRONMENT_VARIABLE}"', line
    )
    if mock_url is not None:
        line = line.replace(mock_url, f"${BASE_URL_ENVIRONMENT_VARIABLE}")
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
    """Run schemathesis against ``settings.base_url`` (or a fresh mock for each worker); copy
    its report to ``output``.

    The phases are dealt out to ``settings.workers`` processes, which run at once; the first
    one's report is copied as it comes, each later one's when it is done. The reports are kept
    in ``settings.report_dir`` when it is set (in a directory per worker when there are several).
    """
    seed = settings.seed if settings.seed is not None else random.getrandbits(_SEED_BITS)
    groups = phase_groups(settings.phases, settings.workers)
    started = time.perf_counter()
    with _run_directory(settings) as directory, contextlib.ExitStack() as servers:
        workers = []
        for phases in groups:
            worker_directory = directory if len(groups) == 1 else directory / "-".join(phases)
            worker_directory.mkdir(parents=True, exist_ok=True)
            files = RunFiles.in_directory(worker_directory)
            files.config.write_text(schemathesis_config(settings), encoding="utf-8")
            if settings.base_url is None:
                workers.append(Worker(phases, servers.enter_context(_mock(settings)), files, True))
            else:
                workers.append(Worker(phases, settings.base_url, files, False))
        results = _run_workers(settings, workers, seed, output)
    return combine_results(results, running_time_s=time.perf_counter() - started)


def _mock(settings: ContractSettings) -> contextlib.AbstractContextManager[str]:
    from generator.mock.server import running_mock

    return running_mock(settings.spec_path, token=settings.token)


def _run_workers(
    settings: ContractSettings, workers: list[Worker], seed: int, output: TextIO | None
) -> list[ContractResult]:
    """Start every worker, copy the first one's output as it comes and the others' after it."""
    with contextlib.ExitStack() as running:
        processes: list[subprocess.Popen[str]] = []
        for index, worker in enumerate(workers):
            # The first worker's output is read as it comes; a later one's goes to a file, so
            # that a full pipe never stops it while the first is still read.
            sink: int | IO[str] = subprocess.PIPE
            if index > 0:
                sink = running.enter_context(worker.files.output.open("w", encoding="utf-8"))
            process = subprocess.Popen(
                schemathesis_command(settings, worker, seed),
                stdout=sink,
                stderr=subprocess.STDOUT,
                text=True,
                env=schemathesis_environment(worker),
            )
            running.callback(_stop, process)
            processes.append(process)
        results = []
        for index, (worker, process) in enumerate(zip(workers, processes, strict=True)):
            if len(workers) > 1 and output is not None:
                output.write(_worker_heading(worker, index, len(workers)))
            if index == 0:
                assert process.stdout is not None
                with worker.files.output.open("w", encoding="utf-8") as kept:
                    tail = _copy(_tee(process.stdout, kept), output, worker)
                exit_code = process.wait()
            else:
                exit_code = process.wait()
                with worker.files.output.open(encoding="utf-8") as lines:
                    tail = _copy(lines, output, worker)
            results.append(_read_worker(worker, exit_code, tail))
    return results


def _stop(process: subprocess.Popen[str]) -> None:
    """End a worker still running when the run stops early (an error, an interrupt)."""
    if process.poll() is None:
        process.kill()
        process.wait()


def _worker_heading(worker: Worker, index: int, count: int) -> str:
    return (
        f"\n=== worker {index + 1} of {count}: {', '.join(worker.phases)}"
        f" against {worker.base_url} ===\n"
    )


def _tee(lines: Iterable[str], kept: IO[str]) -> Iterator[str]:
    for line in lines:
        kept.write(line)
        yield line


def _copy(lines: Iterable[str], output: TextIO | None, worker: Worker) -> str:
    """Copy schemathesis' output to ``output``; its tail when it was not copied anywhere."""
    last_lines: deque[str] = deque(maxlen=_TAIL_LINES)
    mock_url = worker.base_url if worker.own_mock else None
    for line in lines:
        last_lines.append(line)
        printed = reproduction_line(line, mock_url)
        if output is not None and printed is not None:
            output.write(printed)
    return "" if output is not None else ":\n" + "".join(last_lines)


def _read_worker(worker: Worker, exit_code: int, tail: str) -> ContractResult:
    files = worker.files
    if not files.json_report.is_file():
        raise ToolkitError(f"schemathesis wrote no report (exit {exit_code}){tail}")
    if not files.stateful_coverage.is_file():
        raise ToolkitError(
            f"schemathesis wrote no stateful coverage (exit {exit_code}):"
            f" its hooks file {HOOKS_PATH} did not run{tail}"
        )
    report = json.loads(files.json_report.read_text(encoding="utf-8"))
    return read_result(report, exit_code, read_stateful_coverage(files.stateful_coverage))
