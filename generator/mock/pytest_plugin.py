"""A pytest plugin with a fresh mock of the API for each test.

Enable it with ``pytest_plugins = ["generator.mock.pytest_plugin"]`` (in the root
``conftest.py``) or ``-p generator.mock.pytest_plugin``; then ask for ``ukc_mock`` (the mock,
with its rehearsal controls: ``seed``, ``reset``, ``inject``, ``clear_faults``,
``state_change_delay``) or only its URL, ``ukc_mock_url``. The ini option ``ukc_mock_spec`` (a
path from the pytest root) or the environment variable ``UKC_SPEC`` names another spec than the
one installed with the toolkit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from generator.mock.app import MockApplication
from generator.mock.server import running_mock
from generator.openapi.document import default_spec_path

MOCK_TOKEN = "mock-token"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "ukc_mock_spec", "the OpenAPI spec the ukc_mock_url fixture serves", type="string"
    )


class UkcMock:
    """A running mock of the API for one test: its ``url``, ``token`` and rehearsal controls."""

    def __init__(self, url: str, token: str, app: MockApplication) -> None:
        self.url = url
        self.token = token
        self.app = app

    def seed(self, collection: str, *bodies: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Create resources of ``/v1/<collection>`` from create request bodies."""
        return self.app.seed(collection, *bodies)

    def reset(self) -> None:
        """Forget every resource and fault."""
        self.app.reset()

    def inject(self, operation: str | None = None, **fault: Any) -> None:
        """Inject a fault (see ``MockApplication.inject``) on ``operation``."""
        self.app.inject(operation, **fault)

    def clear_faults(self) -> None:
        self.app.clear_faults()

    def state_change_delay(self, seconds: float) -> None:
        """Let started and stopped instances pass through starting/stopping for ``seconds``."""
        self.app.state_change_delay(seconds)


@pytest.fixture
def ukc_mock_token() -> str:
    """The bearer token the mock of ``ukc_mock`` accepts."""
    return MOCK_TOKEN


@pytest.fixture
def ukc_mock(request: pytest.FixtureRequest, ukc_mock_token: str) -> Iterator[UkcMock]:
    """A mock of the API, empty at the start of the test, with its rehearsal controls."""
    configured = request.config.getini("ukc_mock_spec")
    spec_path = request.config.rootpath / configured if configured else default_spec_path()
    with running_mock(Path(spec_path), token=ukc_mock_token) as base_url:
        yield UkcMock(str(base_url), ukc_mock_token, base_url.app)


@pytest.fixture
def ukc_mock_url(ukc_mock: UkcMock) -> str:
    """The base URL of a mock of the API, empty at the start of the test."""
    return ukc_mock.url
