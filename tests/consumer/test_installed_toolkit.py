"""The toolkit as a consumer's repository has it: built as wheels, installed (not editable) in a
fresh virtual environment outside this checkout, and used through its pytest plugin.

The consumer's suite rehearses a failure: the mock answers 429 with ``Retry-After`` once, and the
installed client retries and gets the instances. It passes only if the wheel carries the spec the
mock serves, since nothing of this checkout is on the consumer's path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support.paths import ROOT

CONSUMER_CONFTEST = 'pytest_plugins = ["generator.mock.pytest_plugin"]\n'
CONSUMER_TEST = textwrap.dedent(
    """
    from generator.mock.pytest_plugin import UkcMock
    from ukc_client import Client, RetryPolicy


    def test_a_rate_limited_listing_is_retried(ukc_mock: UkcMock) -> None:
        ukc_mock.seed("instances", {"image": "nginx:latest", "name": "web"})
        ukc_mock.inject("get_instances", status=429, retry_after=1, times=1)
        waits: list[float] = []
        retry = RetryPolicy(sleep=waits.append)
        with Client(ukc_mock.token, base_url=ukc_mock.url, allow_http=True, retry=retry) as client:
            data = client.instances.get()
        assert [instance.name for instance in data.instances] == ["web"]
        assert waits == [1.0]


    def test_the_installed_spec_is_served(ukc_mock_url: str) -> None:
        import generator.openapi.document as document

        assert "site-packages" in str(document.default_spec_path())
        assert ukc_mock_url.startswith("http://127.0.0.1:")
    """
)


def outside_the_checkout() -> dict[str, str]:
    """The environment without what points at this checkout: with the checkout on
    ``PYTHONPATH``, pip would take its editable install's metadata for an installed toolkit
    and skip the wheel, and Python would import the checkout's modules."""
    return {
        key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "UKC_SPEC")
    }


def run(command: list[str], cwd: Path) -> str:
    completed = subprocess.run(
        command,
        cwd=cwd,
        env=outside_the_checkout(),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return completed.stdout


@pytest.fixture(scope="module")
def consumer_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the toolkit's and the client's wheels installed."""
    work = tmp_path_factory.mktemp("installed")
    # Built from copies, so that no build folder lands in the checkout.
    toolkit = work / "toolkit"
    ignored = shutil.ignore_patterns("__pycache__", "*.egg-info", "build")
    shutil.copytree(ROOT / "generator", toolkit / "generator", ignore=ignored)
    (toolkit / "spec").mkdir()
    shutil.copy2(ROOT / "spec" / "openapi.yaml", toolkit / "spec" / "openapi.yaml")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, toolkit / name)
    client = work / "client"
    shutil.copytree(ROOT / "generated", client, ignore=ignored)
    wheels = work / "wheels"
    pip = [sys.executable, "-m", "pip"]
    for source in (toolkit, client):
        run([*pip, "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(source)], work)
    venv = work / "venv"
    run([sys.executable, "-m", "venv", str(venv)], work)
    python = venv / "bin" / "python"
    run(
        [str(python), "-m", "pip", "install", "--quiet", "-c", str(ROOT / "requirements.lock")]
        + [str(wheel) for wheel in sorted(wheels.glob("*.whl"))]
        + ["pytest"],
        work,
    )
    return python


def test_a_consumer_suite_uses_the_installed_plugin_and_client(
    consumer_python: Path, tmp_path: Path
) -> None:
    project = tmp_path / "consumer"
    project.mkdir()
    (project / "conftest.py").write_text(CONSUMER_CONFTEST, encoding="utf-8")
    (project / "test_consumer.py").write_text(CONSUMER_TEST, encoding="utf-8")
    # Nothing of this checkout on the path: what runs is what was installed.
    output = run(
        [str(consumer_python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
        project,
    )
    assert "2 passed" in output


def test_the_wheel_carries_the_spec(consumer_python: Path, tmp_path: Path) -> None:
    located = run(
        [
            str(consumer_python),
            "-c",
            "import generator.openapi.document as d; print(d.default_spec_path())",
        ],
        tmp_path,
    )
    spec = Path(located.strip())
    assert spec.is_file()
    assert spec.read_bytes() == (ROOT / "spec" / "openapi.yaml").read_bytes()


def test_the_mock_needs_no_generation_or_contract_extra(
    consumer_python: Path, tmp_path: Path
) -> None:
    # The toolkit's own dependencies are the mock's; generating and the contract run are extras.
    missing = run(
        [
            str(consumer_python),
            "-c",
            "import importlib.util as u;"
            " print([m for m in ('jinja2', 'schemathesis', 'hypothesis') if u.find_spec(m)])",
        ],
        tmp_path,
    )
    assert missing.strip() == "[]"
    usage = run([str(consumer_python), "-m", "generator", "mock", "--help"], tmp_path)
    assert "Serve a validating, stateful mock of the API" in usage


@pytest.mark.parametrize(("verb", "extra"), [("generate", "generate"), ("contract", "contract")])
def test_a_verb_whose_extra_is_not_installed_names_it(
    consumer_python: Path, tmp_path: Path, verb: str, extra: str
) -> None:
    completed = subprocess.run(
        [str(consumer_python), "-m", "generator", verb],
        cwd=tmp_path,
        env=outside_the_checkout(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1, completed.stderr
    assert f"pip install 'ukc-toolkit[{extra}]'" in completed.stderr
