"""Shared fixtures and the Hypothesis profiles: ``ci`` bounded for CI, ``thorough`` for local runs.

Also the specs, their model graphs, and the client package generated from the hand-written test
spec (imported as ``ukc_client_mini``, beside the committed ``ukc_client``)."""

from __future__ import annotations

import importlib
import os
import shutil
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, settings

from generator.codegen.model_graph import ModelGraph, build_model_graph
from generator.codegen.package import generate_from_spec
from tests.support.client_support import CLIENT_KINDS, ClientKind, use_client_kind
from tests.support.loopback_server import LoopbackServer, running_server
from tests.support.paths import MINI_SPEC, REAL_SPEC

settings.register_profile(
    "ci",
    max_examples=25,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "thorough")
)


@pytest.fixture(scope="session")
def real_spec() -> dict[str, Any]:
    return yaml.safe_load(REAL_SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def mini_spec() -> dict[str, Any]:
    return yaml.safe_load(MINI_SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def real_graph(real_spec: dict[str, Any]) -> ModelGraph:
    return build_model_graph(real_spec)


@pytest.fixture(scope="session")
def mini_graph(mini_spec: dict[str, Any]) -> ModelGraph:
    return build_model_graph(mini_spec)


@pytest.fixture(scope="session")
def mini_client(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The package generated from the test spec, with its modules as attributes."""
    output = tmp_path_factory.mktemp("mini") / "generated"
    generate_from_spec(MINI_SPEC, output)
    shutil.move(output / "ukc_client", output / "ukc_client_mini")
    sys.path.insert(0, str(output))
    try:
        package = importlib.import_module("ukc_client_mini")
        for module in ("models", "converter", "errors", "types"):
            importlib.import_module(f"ukc_client_mini.{module}")
    finally:
        sys.path.remove(str(output))
    return package


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1 that records requests and plays scripted answers."""
    yield from running_server()


@pytest.fixture(params=CLIENT_KINDS)
def client_kind(request: pytest.FixtureRequest) -> Iterator[ClientKind]:
    """Each test that uses it runs once with ``Client`` and once with ``AsyncClient``."""
    kind: ClientKind = request.param
    use_client_kind(kind)
    yield kind
    use_client_kind("sync")
