"""An operation with a server of its own is sent there, in the client's metro; a ``base_url``
given to the client serves every operation."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.support.generated_packages import generate_package, import_generated
from tests.support.loopback_server import LoopbackServer
from tests.support.paths import REAL_SPEC


@pytest.fixture(scope="module")
def own_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, own_server: LoopbackServer) -> ModuleType:
    """The client of the page's spec, with healthz answered by a server of its own."""
    spec: dict[str, Any] = yaml.safe_load(REAL_SPEC.read_text(encoding="utf-8"))
    healthz = copy.deepcopy(spec["paths"]["/v1/healthz"])
    healthz["get"]["servers"] = [
        {
            "url": own_server.url + "/{metro}/{stage}",
            "variables": {"metro": {"default": "fra0"}, "stage": {"default": "live"}},
        }
    ]
    spec["paths"] = {"/v1/healthz": healthz, "/v1/users/quotas": spec["paths"]["/v1/users/quotas"]}
    directory = tmp_path_factory.mktemp("servers")
    spec_path = directory / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generate_package(spec_path, directory / "generated")
    return import_generated(directory / "generated", f"ukc_client_servers_{uuid.uuid4().hex}")


def test_an_operation_with_its_own_server_goes_there_in_the_clients_metro(
    package: ModuleType, own_server: LoopbackServer
) -> None:
    with package.Client(token="t", metro="dal0", allow_http=True, retry=None) as client:
        client.system.healthz()
    assert own_server.requests[-1].target == "/dal0/live/v1/healthz"


def test_a_plain_http_server_of_an_operation_needs_allow_http(package: ModuleType) -> None:
    from importlib import import_module

    errors = import_module(package.__name__ + ".errors")
    with package.Client(token="t", metro="dal0", retry=None) as client:
        with pytest.raises(errors.ConfigurationError, match="plain http"):
            client.system.healthz()


def test_a_base_url_serves_every_operation(package: ModuleType, tmp_path: Path) -> None:
    other = LoopbackServer()
    other.start()
    try:
        with package.Client(token="t", base_url=other.url, allow_http=True, retry=None) as client:
            client.system.healthz()
        assert other.requests[-1].target == "/v1/healthz"
    finally:
        other.stop()
