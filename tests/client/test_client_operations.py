"""Every operation of the spec, called through the client against a real loopback server:
the method, path, query and body arrive as the spec declares, and the answer parses."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import yaml
from ukc_client import MODELS, OPERATIONS, structure
from ukc_client.models import CreateInstanceRequest, InstanceState, UpdateVolumesRequestItem

from generator.codegen.operation_graph import python_identifier
from generator.mock.examples import SAMPLE_UUID, ExampleBuilder
from generator.mock.validation import SpecSchemas
from tests.support.client_support import TOKEN, client_of_kind, loopback_client
from tests.support.loopback_server import LoopbackServer, ScriptedResponse

pytestmark = pytest.mark.usefixtures("client_kind")

SPEC = yaml.safe_load(Path("spec/openapi.yaml").read_text(encoding="utf-8"))
SCHEMA_PREFIX = "#/components/schemas/"
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
# The least documents the schemas accept: required fields only, one choice for every alternative.
EXAMPLES = ExampleBuilder(SpecSchemas(SPEC), required_only=True)
SPEC_OPERATIONS: dict[str, tuple[str, str, dict[str, Any]]] = {
    operation["operationId"]: (path, method.upper(), operation)
    for path, path_item in SPEC["paths"].items()
    for method, operation in path_item.items()
}


def _ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).removeprefix(SCHEMA_PREFIX)


def _path_value(parameter: dict[str, Any]) -> str:
    return (
        SAMPLE_UUID
        if parameter["schema"].get("format") == "uuid"
        else "sample-" + parameter["name"]
    )


def _query_value(parameter: dict[str, Any]) -> tuple[object, str]:
    """A value to pass for a query parameter, and how it must appear in the query string."""
    schema = parameter["schema"]
    if "$ref" in schema:
        assert _ref_name(schema) == "InstanceState"
        return InstanceState.RUNNING, "running"
    if schema.get("format") == "uuid":
        return UUID(SAMPLE_UUID), SAMPLE_UUID
    return {
        "boolean": (True, "true"),
        "integer": (42, "42"),
        "string": ("sample-query", "sample-query"),
    }[schema["type"]]


def _body(operation: dict[str, Any]) -> tuple[Any, Any]:
    """The body to pass, as a model (or list of models), and its JSON document."""
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    if schema.get("type") == "array":
        item_type = MODELS[_ref_name(schema["items"])]
        document = [EXAMPLES.value(schema["items"])]
        return [structure(item, item_type) for item in document], document
    document = EXAMPLES.value(schema)
    return structure(document, MODELS[_ref_name(schema)]), document


def _answer(response_name: str) -> dict[str, Any]:
    """A successful envelope whose every per-item list holds one successful item."""
    envelope = EXAMPLES.value({"$ref": SCHEMA_PREFIX + response_name})
    data_schema = SCHEMAS[_ref_name(SCHEMAS[response_name]["properties"]["data"])]
    data = EXAMPLES.value(data_schema)
    for field_name in OPERATIONS_BY_RESPONSE.get(response_name, ()):
        item_schema = data_schema["properties"][field_name]["items"]
        item = EXAMPLES.value(item_schema)
        item_properties = SCHEMAS[_ref_name(item_schema)]["properties"]
        if "status" in item_properties:
            item["status"] = "success"
        data[field_name] = [item]
    return {**envelope, "status": "success", "message": "done", "data": data, "op_time_us": 7}


OPERATIONS_BY_RESPONSE = {
    operation.response_type.__name__: operation.item_fields for operation in OPERATIONS.values()
}


def test_the_registry_holds_every_operation_of_the_spec() -> None:
    assert sorted(OPERATIONS) == sorted(SPEC_OPERATIONS)
    assert OPERATIONS


@pytest.mark.parametrize("operation_id", sorted(SPEC_OPERATIONS))
def test_the_registry_entry_matches_the_spec(operation_id: str) -> None:
    path, method, operation = SPEC_OPERATIONS[operation_id]
    entry = OPERATIONS[operation_id]
    response_schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert (entry.http_method, entry.path) == (method, path)
    assert entry.response_type is MODELS[_ref_name(response_schema)]


@pytest.mark.parametrize("operation_id", sorted(SPEC_OPERATIONS))
def test_the_client_method_of_the_registry_calls_the_operation(operation_id: str) -> None:
    group, method_name = OPERATIONS[operation_id].client_method.split(".")
    with loopback_client_for_names() as client:
        bound = client.operation(operation_id)
        method = getattr(getattr(client, group), method_name)
        # A blocking view of the async client wraps each method: the methods themselves match.
        assert getattr(bound, "__wrapped__", bound) == getattr(method, "__wrapped__", method)


def loopback_client_for_names() -> Any:
    return client_of_kind(base_url="http://127.0.0.1:9", allow_http=True)


@pytest.mark.parametrize("operation_id", sorted(SPEC_OPERATIONS))
def test_each_operation_sends_what_the_spec_declares_and_parses_the_answer(
    loopback: LoopbackServer, operation_id: str
) -> None:
    path, method, operation = SPEC_OPERATIONS[operation_id]
    parameters = operation.get("parameters", [])
    path_values = {p["name"]: _path_value(p) for p in parameters if p["in"] == "path"}
    query = {p["name"]: _query_value(p) for p in parameters if p["in"] == "query"}
    arguments: list[Any] = list(path_values.values())
    expected_body: Any = None
    keywords = {python_identifier(name): value for name, (value, _) in query.items()}
    if "requestBody" in operation:
        keywords["body"], expected_body = _body(operation)
    response_name = OPERATIONS[operation_id].response_type.__name__
    loopback.script(ScriptedResponse(body=_answer(response_name)))

    with loopback_client(loopback) as client:
        result = client.operation(operation_id)(*arguments, **keywords)

    [request] = loopback.requests
    assert request.method == method
    assert request.path == path.format(**path_values)
    assert request.query == {name: [text] for name, (_, text) in query.items()}
    if expected_body is None:
        assert request.body == b""
        assert "content-type" not in request.headers
    else:
        assert request.json() == expected_body
        assert request.headers["content-type"] == "application/json"
    data_schema = SPEC["components"]["schemas"][response_name]["properties"]["data"]
    assert isinstance(result, MODELS[_ref_name(data_schema)])
    for field_name in OPERATIONS[operation_id].item_fields:
        assert len(getattr(result, field_name)) == 1


def test_optional_query_parameters_that_are_not_given_are_left_out(
    loopback: LoopbackServer,
) -> None:
    with loopback_client(loopback) as client:
        client.instances.stop_by_uuid(SAMPLE_UUID, force=False)
    assert loopback.requests[0].target == f"/v1/instances/{SAMPLE_UUID}/stop?force=false"


def test_a_bulk_get_without_a_body_sends_none(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client:
        client.instances.get(details=True)
    [request] = loopback.requests
    assert (request.method, request.target, request.body) == (
        "GET",
        "/v1/instances?details=true",
        b"",
    )


def test_every_request_carries_the_json_and_identity_headers(loopback: LoopbackServer) -> None:
    from ukc_client import __version__

    with loopback_client(loopback) as client:
        client.system.healthz()
    headers = loopback.requests[0].headers
    assert headers["accept"] == "application/json"
    assert headers["user-agent"] == f"ukc-client/{__version__}"
    assert headers["authorization"] == f"Bearer {TOKEN}"


def test_a_bodys_fields_are_keyword_arguments_and_strings_become_enum_values(
    loopback: LoopbackServer,
) -> None:
    loopback.script(ScriptedResponse(body=_answer("UpdateInstancesResponse")))
    with loopback_client(loopback) as client:
        client.instances.update(uuid=SAMPLE_UUID, prop="memory_mb", op="set", value=512)
    assert loopback.requests[0].json() == {
        "prop": "memory_mb",
        "op": "set",
        "uuid": SAMPLE_UUID,
        "value": 512,
    }


def test_a_prepared_body_goes_as_it_is(loopback: LoopbackServer) -> None:
    body = CreateInstanceRequest(image="nginx:latest", memory_mb=None)
    with loopback_client(loopback) as client:
        client.instances.create(body=body)
    assert loopback.requests[0].json() == {"image": "nginx:latest", "memory_mb": None}


def test_a_body_and_its_fields_together_are_refused(loopback: LoopbackServer) -> None:
    body = CreateInstanceRequest(image="nginx:latest")
    with loopback_client(loopback) as client, pytest.raises(TypeError, match="not both"):
        client.instances.create(body=body, image="nginx:latest")  # type: ignore[call-overload]
    assert loopback.requests == []


def test_a_missing_required_field_is_refused_before_sending(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client, pytest.raises(TypeError, match="image"):
        client.instances.create(name="web")  # type: ignore[call-overload]
    assert loopback.requests == []


def test_names_and_uuids_stand_for_name_or_uuid_items(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client:
        client.instances.delete(["web-1", UUID(SAMPLE_UUID), SAMPLE_UUID.upper()])
    assert loopback.requests[0].json() == [
        {"name": "web-1"},
        {"uuid": SAMPLE_UUID},
        {"uuid": SAMPLE_UUID},
    ]


def test_an_enum_parameter_takes_its_value_as_a_string(loopback: LoopbackServer) -> None:
    with loopback_client(loopback) as client:
        client.instances.wait(["web-1"], state="running", timeout_ms=5)
    assert loopback.requests[0].query == {"state": ["running"], "timeout_ms": ["5"]}


def test_an_update_value_of_a_type_the_spec_does_not_give_is_refused(
    loopback: LoopbackServer,
) -> None:
    with loopback_client(loopback) as client, pytest.raises(TypeError, match="must be bool"):
        client.volumes.update_by_uuid(  # type: ignore[call-overload]
            SAMPLE_UUID, prop="delete_lock", op="set", value=1
        )
    assert loopback.requests == []


def test_the_items_of_a_bulk_update_are_checked_before_sending(
    loopback: LoopbackServer,
) -> None:
    item = UpdateVolumesRequestItem(name="data", prop="size_mb", op="set", value="big")  # type: ignore[arg-type]
    with loopback_client(loopback) as client, pytest.raises(TypeError, match="must be int"):
        client.volumes.update([item])
    assert loopback.requests == []
