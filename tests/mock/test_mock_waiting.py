"""Both clients wait for the mock's instances and follow their logs: a state reached, a state
never reached (one ``WaitTimeoutError``, one request per chunk) and a log that grows while it
is followed, until the instance stops."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from ukc_client import Timeout, WaitTimeoutError
from ukc_client.models import StopInstancesRequestID

from tests.support.client_support import client_of_kind

pytest_plugins = ("generator.mock.pytest_plugin",)

pytestmark = pytest.mark.usefixtures("client_kind")

BOOT_LINE = "Booting nginx:latest (web)"
STOP_WEB = [StopInstancesRequestID(name="web")]


@pytest.fixture
def client(ukc_mock_url: str, ukc_mock_token: str) -> Iterator[Any]:
    with client_of_kind(
        token=ukc_mock_token,
        base_url=ukc_mock_url,
        allow_http=True,
        timeout=Timeout(connect=1.0, read=1.0),
    ) as client:
        yield client


@pytest.fixture
def web(client: Any) -> Any:
    return client.instances.create(name="web", image="nginx:latest", autostart=True).instances[0]


def test_waiting_for_a_state_the_instance_is_in_returns_it(client: Any, web: Any) -> None:
    reached = client.instances.wait_for("web", state="running", timeout=5.0)
    assert (reached.name, reached.state) == ("web", "running")
    client.instances.stop(STOP_WEB)
    assert client.instances.wait_for(str(web.uuid), state="stopped", timeout=5.0).state == "stopped"


def test_a_state_never_reached_raises_wait_timeout_error_with_the_last_state(
    client: Any, web: Any
) -> None:
    client.instances.stop(STOP_WEB)
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as caught:
        client.instances.wait_for("web", state="running", timeout=0.5, chunk=0.2)
    elapsed = time.monotonic() - started
    assert 0.5 <= elapsed < 0.5 + 1.0
    assert (caught.value.instance, caught.value.state) == ("web", "stopped")


def test_following_a_log_delivers_later_lines_and_ends_when_the_instance_stops(
    client: Any, web: Any
) -> None:
    follower = client.instances.iter_logs("web", follow=True, poll=0.1)
    assert next(follower) == BOOT_LINE
    # A restart boots again: its line is appended to the log being followed.
    client.instances.stop(STOP_WEB)
    client.instances.start(["web"])
    assert next(follower) == BOOT_LINE
    client.instances.stop(STOP_WEB)
    assert list(follower) == []


def test_reading_a_log_without_following_ends_at_its_end(client: Any, web: Any) -> None:
    client.instances.stop(STOP_WEB)
    client.instances.start(["web"])
    assert list(client.instances.iter_logs("web")) == [BOOT_LINE, BOOT_LINE]
    assert list(client.instances.iter_logs(str(web.uuid), since=-len(BOOT_LINE) - 1)) == [BOOT_LINE]
