"""A vendored copy of the generated client, without the ``testing`` extra, inside a consumer's
application (``tests/consumer_app``): the consumer's own ``mypy --strict`` and pyright in strict
mode find no error in the application or the copy, and ``testing.py`` without Hypothesis fails
at import naming the extra.

Both checkers look at the consumer's runtime environment, not at this project's: a virtual
environment holding only what the package declares (its runtime dependencies and the ``async``
extra the application uses, at the lock's versions), where Hypothesis is not installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.codegen.stamp import ASYNC_REQUIREMENTS, RUNTIME_REQUIREMENTS
from tests.support.paths import ROOT

GENERATED = ROOT / "generated" / "ukc_client"
CONSUMER_APP = ROOT / "tests" / "consumer_app"


@pytest.fixture(scope="module")
def runtime_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Python of the consumer's runtime environment: the package's declared dependencies
    and nothing else (no Hypothesis, no type checker; those run from this project's)."""
    venv = tmp_path_factory.mktemp("runtime") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
        + ["--disable-pip-version-check", "-c", str(ROOT / "requirements.lock")]
        + [*RUNTIME_REQUIREMENTS, *ASYNC_REQUIREMENTS],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    return python


def _without_pythonpath() -> dict[str, str]:
    # The checkers ask the runtime Python for its search path: nothing of this project's may
    # reach it through the environment.
    return {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


@pytest.fixture(scope="module")
def consumer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The consumer's repository: its application, its checker settings, and the package
    vendored as the README says for a consumer without the ``testing`` extra."""
    root = tmp_path_factory.mktemp("consumer")
    shutil.copy(CONSUMER_APP / "app.py", root / "app.py")
    shutil.copy(CONSUMER_APP / "pyrightconfig.json", root / "pyrightconfig.json")
    vendored = root / "vendored"
    vendored.mkdir()
    (vendored / "__init__.py").write_text("")
    shutil.copytree(GENERATED, vendored / "ukc_client")
    (vendored / "ukc_client" / "testing.py").unlink()
    return root


def test_the_vendored_copy_does_not_import_hypothesis(consumer: Path) -> None:
    importing = [
        path.name
        for path in sorted((consumer / "vendored" / "ukc_client").rglob("*.py"))
        if re.search(r"^\s*(from|import) hypothesis\b", path.read_text(), re.MULTILINE)
    ]
    assert importing == []


def test_the_runtime_environment_has_no_hypothesis(runtime_python: Path, tmp_path: Path) -> None:
    imported = subprocess.run(
        [str(runtime_python), "-c", "import attrs, cattrs, urllib3, httpx; import hypothesis"],
        capture_output=True,
        text=True,
        check=False,
        env=_without_pythonpath(),
    )
    assert "ModuleNotFoundError: No module named 'hypothesis'" in imported.stderr
    # mypy, run as the consumer test below runs it, does not find it either.
    (tmp_path / "probe.py").write_text("import hypothesis\nimport attrs\n")
    probed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
        + ["--python-executable", str(runtime_python), "probe.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env=_without_pythonpath(),
    )
    assert probed.returncode == 1
    assert re.findall(r"^probe\.py:(\d+): error: .*", probed.stdout, re.M) == ["1"], probed.stdout


def test_mypy_strict_finds_no_error_in_the_consumer(consumer: Path, runtime_python: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
        + ["--python-executable", str(runtime_python), "app.py", "vendored"],
        cwd=consumer,
        capture_output=True,
        text=True,
        check=False,
        env=_without_pythonpath(),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^Success: no issues found in \d+ source files$", result.stdout, re.M)


def test_pyright_strict_finds_no_error_in_the_consumer(
    consumer: Path, runtime_python: Path
) -> None:
    settings = json.loads((consumer / "pyrightconfig.json").read_text())
    assert settings["typeCheckingMode"] == "strict"
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", str(runtime_python)],
        cwd=consumer,
        capture_output=True,
        text=True,
        check=False,
        env=_without_pythonpath(),
    )
    report = json.loads(result.stdout)
    problems = [
        f"{item['file']}:{item['range']['start']['line'] + 1}: {item['message']}"
        for item in report["generalDiagnostics"]
        if item["severity"] in ("error", "warning")
    ]
    assert problems == []
    assert report["summary"]["errorCount"] == 0
    # The app and every module of the copy were checked, not an empty selection.
    assert report["summary"]["filesAnalyzed"] == 1 + 1 + len(list(GENERATED.rglob("*.py"))) - 1
    assert result.returncode == 0


def test_testing_without_hypothesis_names_the_extra(consumer: Path) -> None:
    shutil.copy(GENERATED / "testing.py", consumer / "vendored" / "ukc_client" / "testing.py")
    try:
        # ``sys.modules["hypothesis"] = None`` makes ``import hypothesis`` fail as if it were
        # not installed.
        code = (
            "import sys\n"
            "sys.modules['hypothesis'] = None\n"
            "try:\n"
            "    import vendored.ukc_client.testing\n"
            "except ImportError as error:\n"
            "    print(error)\n"
            "else:\n"
            "    print('imported')\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=consumer,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(consumer)},
        )
    finally:
        (consumer / "vendored" / "ukc_client" / "testing.py").unlink()
    assert "'testing' extra" in result.stdout
    assert result.stdout.strip().startswith("ukc_client.testing needs Hypothesis")
