"""``python -m generator mock``: serves until SIGINT or SIGTERM, then stops cleanly."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest
import urllib3

from generator.cli import main

STARTED = re.compile(r"at (http://127\.0\.0\.1:\d+)")


@pytest.fixture
def mock_process() -> Iterator[tuple[subprocess.Popen[str], str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", "--port", "0", "--quiet", "--token", "t"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    match = STARTED.search(process.stdout.readline())
    assert match is not None
    try:
        yield process, match.group(1)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_mock_serves_until_a_signal_then_exits_cleanly(
    mock_process: tuple[subprocess.Popen[str], str], stop_signal: signal.Signals
) -> None:
    process, base_url = mock_process
    response = urllib3.request(
        "GET", f"{base_url}/v1/instances", headers={"Authorization": "Bearer t"}
    )
    assert response.status == 200
    process.send_signal(stop_signal)
    stdout, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    assert "Mock stopped." in stdout


def test_mock_refuses_a_missing_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mock", "--spec", "no/such/spec.yaml"]) == 2
    assert "no/such/spec.yaml: no such spec file" in capsys.readouterr().err
