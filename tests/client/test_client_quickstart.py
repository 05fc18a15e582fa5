"""The quick start type-checks under ``mypy --strict``; a wrong update value does not.

``tests/client/quickstart.py`` is the README's quick start, run against the mock in
``tests/mock/test_mock_quickstart.py``. Here mypy reads it with the generated package on its
path, as a consumer's type checker would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ukc_client import Client

from tests.support.paths import ROOT

QUICKSTART = ROOT / "tests" / "client" / "quickstart.py"


def mypy_strict(path: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "MYPYPATH": str(ROOT / "generated")}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


def test_the_quick_start_passes_mypy_strict() -> None:
    result = mypy_strict(QUICKSTART)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_update_value_of_the_wrong_type_is_a_mypy_error(tmp_path: Path) -> None:
    program = tmp_path / "wrong_update.py"
    program.write_text(
        "from ukc_client import Client\n"
        "\n"
        "\n"
        "def resize(client: Client) -> None:\n"
        '    client.instances.update(name="web", prop="memory_mb", op="set", value="lots")\n',
        encoding="utf-8",
    )
    result = mypy_strict(program)
    assert result.returncode == 1
    assert 'No overload variant of "update"' in result.stdout


def test_an_update_value_of_the_wrong_type_is_refused_before_sending() -> None:
    # Nothing listens on port 9: a request that was sent would fail as a transport error.
    client = Client("token", base_url="http://127.0.0.1:9", allow_http=True)
    update = client.instances.update
    with pytest.raises(
        TypeError, match="the value of prop 'memory_mb' must be int, not str 'lots'"
    ):
        update(name="web", prop="memory_mb", op="set", value="lots")  # type: ignore[call-overload]
