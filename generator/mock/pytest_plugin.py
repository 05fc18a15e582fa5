"""A pytest plugin with a fresh mock of the API for each test.

Enable it with ``pytest_plugins = ["generator.mock.pytest_plugin"]`` (in the root
``conftest.py``) or ``-p generator.mock.pytest_plugin``; then ask for ``ukc_mock_url``. The
ini option ``ukc_mock_spec`` (a path from the pytest root) or the environment variable ``UKC_SPEC``
names another spec than the one installed with the toolkit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.mock.server import running_mock
from generator.openapi.document import default_spec_path

MOCK_TOKEN = "mock-token"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "ukc_mock_spec", "the OpenAPI spec the ukc_mock_url fixture serves", type="string"
    )


@pytest.fixture
def ukc_mock_token() -> str:
    """The bearer token the mock of ``ukc_mock_url`` accepts."""
    return MOCK_TOKEN


@pytest.fixture
def ukc_mock_url(request: pytest.FixtureRequest, ukc_mock_token: str) -> Iterator[str]:
    """The base URL of a mock of the API, empty at the start of the test."""
    configured = request.config.getini("ukc_mock_spec")
    spec_path = request.config.rootpath / configured if configured else default_spec_path()
    with running_mock(Path(spec_path), token=ukc_mock_token) as base_url:
        yield base_url
