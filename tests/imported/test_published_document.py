"""The proof on the API's published OpenAPI document: ``generate --source`` takes it as it is,
and the client generated from it is typed, round-trips every component against the spec's JSON
Schema, and calls the API over a loopback socket as the spec says."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.openapi.operations import read_operations
from tests.support.generated_packages import import_generated
from tests.support.loopback_server import LoopbackServer, ScriptedResponse
from tests.support.paths import PUBLISHED_DOCUMENT, ROOT
from tests.support.schema_documents import ComponentDocuments

SPEC_URI = "urn:ukc:published"
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
DOCUMENT = yaml.safe_load(PUBLISHED_DOCUMENT.read_text(encoding="utf-8"))
DOCUMENT_COMPONENTS = sorted(DOCUMENT["components"]["schemas"])
# A few examples a component: 198 components make the breadth.
PER_COMPONENT = settings(max_examples=5, deadline=None)
# Documents drawn from JSON Schema cost more to draw; the strategies above already go deep.
FEWER_PER_COMPONENT = settings(max_examples=2, deadline=None)


def run_generator(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project directory whose outputs ``generate --source`` wrote from the document."""
    root = tmp_path_factory.mktemp("published")
    result = run_generator("generate", "--root", str(root), "--source", str(PUBLISHED_DOCUMENT))
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="module")
def spec(project: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((project / "spec/openapi.yaml").read_text("utf-8"))
    return loaded


@pytest.fixture(scope="module")
def package(project: Path) -> ModuleType:
    return import_generated(project / "generated", "ukc_client_published")


@pytest.fixture(scope="module")
def registry(spec: dict[str, Any]) -> Registry[Any]:
    return Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )


@pytest.fixture(scope="module")
def documents(spec: dict[str, Any]) -> ComponentDocuments:
    return ComponentDocuments(spec["components"]["schemas"])


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    server.start()
    yield server
    server.stop()


def test_every_schema_of_the_document_is_a_component(spec: dict[str, Any]) -> None:
    assert sorted(spec["components"]["schemas"]) == DOCUMENT_COMPONENTS
    assert len(DOCUMENT_COMPONENTS) == 198


def test_every_operation_of_the_document_is_a_client_method(
    spec: dict[str, Any], package: ModuleType
) -> None:
    assert len(read_operations(spec)) == 74
    assert len(package.OPERATIONS) == 74


def test_the_client_names_are_in_the_projects_style(package: ModuleType) -> None:
    names = {entry.client_method for entry in package.OPERATIONS.values()}
    assert {
        "instances.get",
        "instances.get_by_uuid",
        "instances.get_logs",
        "service_groups.get_by_uuid",
        "images.get",
        "node.healthz",
    } <= names


def test_the_generated_package_passes_mypy_strict(project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "ukc_client_published"],
        cwd=project / "generated",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_report_resolves_the_documents_own_defects(project: Path) -> None:
    report = (project / "spec/normalization-report.md").read_text(encoding="utf-8")
    assert "#/components/schemas/AttachVolumesRequestItem` | exactly one of `uuid`, `name`" in (
        report
    )
    assert "no JSON satisfies the oneOf" in report
    assert "dropped `format: regex`" in report
    assert "dropped the example '--port=8080 --debug'" in report
    assert "the `default` response is also the `200` response" in report


@pytest.mark.parametrize("component", DOCUMENT_COMPONENTS)
@PER_COMPONENT
@given(data=st.data())
def test_every_component_round_trips_and_fits_its_schema(
    package: ModuleType, registry: Registry[Any], component: str, data: st.DataObject
) -> None:
    value = data.draw(package.testing.STRATEGIES[component])
    document = package.unstructure(value)
    validator = Draft202012Validator(
        {"$ref": f"{SPEC_URI}#/components/schemas/{component}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    assert [error.message for error in validator.iter_errors(document)] == []
    assert package.structure(document, package.MODELS[component]) == value


def normalized(document: Any) -> Any:
    """``document`` with every date-time as its instant and zone offset (the client writes UTC
    as ``Z`` and fractions as microseconds)."""
    if isinstance(document, dict):
        return {key: normalized(value) for key, value in document.items()}
    if isinstance(document, list):
        return [normalized(item) for item in document]
    if isinstance(document, str) and RFC3339.fullmatch(document):
        moment = datetime.fromisoformat(document.upper())
        return ("date-time", moment, moment.utcoffset())
    return document


def envelope(data: dict[str, Any]) -> ScriptedResponse:
    return ScriptedResponse(body={"status": "success", "data": data, "op_time_us": 12})


def client_of(package: ModuleType, server: LoopbackServer) -> Any:
    return package.Client(token="t", base_url=server.url, allow_http=True, retry=None)


def test_a_list_call_encodes_array_and_enum_query_parameters(
    package: ModuleType, loopback: LoopbackServer
) -> None:
    loopback.script(envelope({"instances": [{"name": "web", "state": "running"}]}))
    with client_of(package, loopback) as client:
        answer = client.instances.get([], tags=["a", "b"], order="desc", details=False)
    [request] = loopback.requests
    assert (request.method, request.path) == ("GET", "/v1/instances")
    assert request.query == {"tags": ["a", "b"], "order": ["desc"], "details": ["false"]}
    assert request.json() == []
    assert answer.instances[0].name == "web"


def test_a_create_call_sends_the_model_and_reads_the_envelope(
    package: ModuleType, loopback: LoopbackServer
) -> None:
    models = package.models
    loopback.script(envelope({"instances": [{"uuid": "0d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a11"}]}))
    with client_of(package, loopback) as client:
        answer = client.instances.create(body=models.CreateInstanceRequest(image="nginx:latest"))
    [request] = loopback.requests
    assert (request.method, request.path) == ("POST", "/v1/instances")
    assert request.json() == {"image": "nginx:latest"}
    assert str(answer.instances[0].uuid) == "0d8c2a40-3f5e-4d4b-9a3e-0c0f3c1b2a11"


def test_a_bulk_attach_sends_exactly_one_of_uuid_and_name(
    package: ModuleType, loopback: LoopbackServer
) -> None:
    models = package.models
    loopback.script(envelope({"volumes": []}))
    item = models.AttachVolumesRequestItem(
        name="data", attach_to=models.NameOrUUID(name="web"), at="/mnt/data", readonly=True
    )
    with client_of(package, loopback) as client:
        client.volumes.attach([item])
    [request] = loopback.requests
    assert (request.method, request.path) == ("PUT", "/v1/volumes/attach")
    assert request.json() == [
        {"name": "data", "attach_to": {"name": "web"}, "at": "/mnt/data", "readonly": True}
    ]


def test_a_call_by_uuid_puts_it_in_the_path(package: ModuleType, loopback: LoopbackServer) -> None:
    loopback.script(envelope({"images": []}))
    with client_of(package, loopback) as client:
        client.images.get()
        loopback.script(envelope({}))
        client.node.healthz()
    assert [(r.method, r.path) for r in loopback.requests] == [
        ("GET", "/v1/images/list"),
        ("GET", "/v1/healthz"),
    ]


def test_the_server_url_carries_the_metro_variable(package: ModuleType) -> None:
    assert package.client.SERVER_URL == "https://api.{metro}.unikraft.cloud"
    assert package.client.DEFAULT_METRO == "fra"


@pytest.mark.parametrize("component", DOCUMENT_COMPONENTS)
@FEWER_PER_COMPONENT
@given(data=st.data())
def test_every_document_of_a_components_schema_reads_and_writes_back_equal(
    package: ModuleType, documents: ComponentDocuments, component: str, data: st.DataObject
) -> None:
    document = data.draw(documents(component))
    written = package.unstructure(package.structure(document, package.MODELS[component]))
    assert normalized(written) == normalized(document)
