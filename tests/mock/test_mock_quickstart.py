"""The README's quick start (``tests/client/quickstart.py``) runs against the mock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ukc_client import Client

from tests.client.quickstart import quickstart

pytest_plugins = ("generator.mock.pytest_plugin",)


@pytest.fixture
def client(ukc_mock_url: str, ukc_mock_token: str) -> Iterator[Client]:
    with Client(ukc_mock_token, base_url=ukc_mock_url, allow_http=True) as client:
        yield client


def test_the_quick_start_creates_resizes_and_deletes_an_instance(
    client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    quickstart(client)

    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("web: ") and printed[0].endswith(", 256 MB")
    assert any(line.startswith("listed web (") for line in printed)
    assert printed[-1] == "web now has 512 MB"
    assert client.instances.get().instances == []
