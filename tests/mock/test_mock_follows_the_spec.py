"""The mock follows a changed spec without hand edits: a new operation is served, a removed
field is no longer sent, a new one is filled, a new collection of resources is kept in state,
and the contract run against the changed mock is clean."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import urllib3
import yaml

from generator.cli import main
from generator.mock import running_mock
from generator.mock.validation import SpecSchemas
from generator.openapi.document import load_document
from tests.support.paths import REAL_SPEC

TOKEN = "follow-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}
NEW_FIELD_EXAMPLE = "eu-west-7"


def _envelope(name: str, data_schema: str) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "status": {"$ref": "#/components/schemas/ResponseStatus"},
            "message": {"type": "string"},
            "data": {"$ref": f"#/components/schemas/{data_schema}"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ResponseError"}},
            "op_time_us": {"type": "integer", "format": "int64", "minimum": 0},
        },
    }


def _operation(operation_id: str, response: str, **extra: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{response}"}}}
    return {
        "operationId": operation_id,
        "tags": ["changed"],
        "summary": operation_id.replace("_", " "),
        "responses": {
            "200": {"description": "Success.", "content": content},
            "default": {"description": "An error.", "content": content},
        },
        **extra,
    }


def _uuid_parameter() -> dict[str, Any]:
    return {
        "name": "uuid",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "format": "uuid"},
    }


def changed_spec() -> dict[str, Any]:
    """Today's spec after an upstream change: ``private_fqdn`` removed from Instance, a field
    added to it, an operation on one instance added, and a new collection of resources."""
    spec: dict[str, Any] = copy.deepcopy(load_document(REAL_SPEC))
    schemas = spec["components"]["schemas"]
    instance = schemas["Instance"]["properties"]
    del instance["private_fqdn"]
    instance["placement_zone"] = {
        "type": "string",
        "description": "Where the instance runs.",
        "examples": [NEW_FIELD_EXAMPLE],
    }
    result_fields = {
        "status": {"$ref": "#/components/schemas/ResponseStatus"},
        "message": {"type": "string"},
        "error": {"type": "integer", "format": "int32"},
    }
    schemas["InstanceConsole"] = {
        "type": "object",
        "properties": {
            "uuid": {"type": "string", "format": "uuid"},
            "name": {"type": "string"},
            "console_url": {"type": "string", "examples": ["wss://console.example/abc"]},
            **result_fields,
        },
    }
    schemas["GetInstanceConsoleResponseData"] = {
        "type": "object",
        "properties": {
            "instances": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/InstanceConsole"},
            }
        },
    }
    schemas["GetInstanceConsoleResponse"] = _envelope("console", "GetInstanceConsoleResponseData")
    schemas["Widget"] = {
        "type": "object",
        "properties": {
            "uuid": {"type": "string", "format": "uuid"},
            "name": {"type": "string"},
            "colour": {"type": "string", "enum": ["red", "blue"]},
            "size": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 9},
            **result_fields,
        },
    }
    schemas["WidgetsResponseData"] = {
        "type": "object",
        "properties": {
            "widgets": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}
        },
    }
    schemas["WidgetsResponse"] = _envelope("widgets", "WidgetsResponseData")
    schemas["CreateWidgetRequest"] = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "colour": {"type": "string", "enum": ["red", "blue"]},
        },
    }
    schemas["SystemInfoData"] = {
        "type": "object",
        "properties": {"version": {"type": "string", "examples": ["1.2.3"]}},
    }
    schemas["SystemInfoResponse"] = _envelope("info", "SystemInfoData")
    paths = spec["paths"]
    paths["/v1/instances/{uuid}/console"] = {
        "get": _operation(
            "get_instance_console_by_uuid",
            "GetInstanceConsoleResponse",
            parameters=[_uuid_parameter()],
        )
    }
    create_body = {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/CreateWidgetRequest"}}
        },
    }
    paths["/v1/widgets"] = {
        "get": _operation("get_widgets", "WidgetsResponse"),
        "post": _operation("create_widget", "WidgetsResponse", requestBody=create_body),
    }
    paths["/v1/widgets/{uuid}"] = {
        "get": _operation("get_widget_by_uuid", "WidgetsResponse", parameters=[_uuid_parameter()]),
        "delete": _operation(
            "delete_widget_by_uuid", "WidgetsResponse", parameters=[_uuid_parameter()]
        ),
    }
    paths["/v1/system/info"] = {"get": _operation("get_system_info", "SystemInfoResponse")}
    return spec


@pytest.fixture(scope="module")
def changed_spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("changed") / "openapi.yaml"
    path.write_text(yaml.safe_dump(changed_spec(), sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def mock_url(changed_spec_path: Path) -> Iterator[str]:
    with running_mock(changed_spec_path, token=TOKEN) as base_url:
        yield base_url


def _call(method: str, url: str, body: Any = None) -> tuple[int, dict[str, Any]]:
    response = urllib3.request(method, url, json=body, headers=HEADERS)
    return response.status, response.json()


def _valid(spec_path: Path, schema: str, envelope: dict[str, Any]) -> None:
    schemas = SpecSchemas(load_document(spec_path))
    pointer = f"/components/schemas/{schema}"
    assert schemas.violations(pointer, envelope, "response", declared_only=True) == []


def test_a_removed_field_is_not_sent_and_a_new_one_is_filled(
    mock_url: str, changed_spec_path: Path
) -> None:
    status, created = _call("POST", mock_url + "/v1/instances", {"image": "nginx"})
    assert status == 200, created
    uuid = created["data"]["instances"][0]["uuid"]
    for url in (f"{mock_url}/v1/instances/{uuid}", f"{mock_url}/v1/instances"):
        status, read = _call("GET", url)
        assert status == 200, read
        instance = read["data"]["instances"][0]
        assert "private_fqdn" not in instance
        assert instance["placement_zone"] == NEW_FIELD_EXAMPLE
        assert instance["image"] == "nginx"
        _valid(changed_spec_path, "GetInstancesResponse", read)


def test_the_new_operation_acts_on_the_instance_in_state(
    mock_url: str, changed_spec_path: Path
) -> None:
    status, created = _call("POST", mock_url + "/v1/instances", {"image": "nginx", "name": "web"})
    assert status == 200, created
    uuid = created["data"]["instances"][0]["uuid"]
    status, console = _call("GET", f"{mock_url}/v1/instances/{uuid}/console")
    assert status == 200, console
    assert console["data"]["instances"] == [
        {
            "uuid": uuid,
            "name": "web",
            "console_url": "wss://console.example/abc",
            "status": "success",
        }
    ]
    _valid(changed_spec_path, "GetInstanceConsoleResponse", console)
    missing = "6f1c5a7e-0000-4c8e-9a51-3d2f0e7b9c40"
    status, absent = _call("GET", f"{mock_url}/v1/instances/{missing}/console")
    assert status == 404
    assert absent["message"] == f"No instance with UUID '{missing}'"
    assert absent["data"]["instances"][0]["status"] == "error"


def test_a_new_collection_is_kept_in_state(mock_url: str, changed_spec_path: Path) -> None:
    status, created = _call("POST", mock_url + "/v1/widgets", {"name": "w1", "colour": "blue"})
    assert status == 200, created
    widget = created["data"]["widgets"][0]
    assert widget["name"] == "w1"
    assert widget["colour"] == "blue"
    assert widget["size"] == 1  # not in the request: filled from the schema
    _valid(changed_spec_path, "WidgetsResponse", created)
    status, taken = _call("POST", mock_url + "/v1/widgets", {"name": "w1"})
    assert status == 409, taken
    status, listed = _call("GET", mock_url + "/v1/widgets")
    assert [item["uuid"] for item in listed["data"]["widgets"]] == [widget["uuid"]]
    status, read = _call("GET", f"{mock_url}/v1/widgets/{widget['uuid']}")
    assert status == 200
    assert read["data"]["widgets"][0] == widget
    status, deleted = _call("DELETE", f"{mock_url}/v1/widgets/{widget['uuid']}")
    assert status == 200, deleted
    status, gone = _call("GET", f"{mock_url}/v1/widgets/{widget['uuid']}")
    assert status == 404
    assert gone["message"] == f"No widget with UUID '{widget['uuid']}'"


def test_an_operation_of_no_known_shape_answers_a_valid_example(
    mock_url: str, changed_spec_path: Path
) -> None:
    status, info = _call("GET", mock_url + "/v1/system/info")
    assert status == 200, info
    assert info["data"] == {"version": "1.2.3"}
    assert info["status"] == "success"
    _valid(changed_spec_path, "SystemInfoResponse", info)


def test_the_contract_run_against_the_changed_mock_is_clean(
    changed_spec_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exit_code = main(
        ["contract", "--spec", str(changed_spec_path), "--max-examples", "2", "--seed", "7"]
    )
    output = capsys.readouterr()
    assert exit_code == 0, output.out + output.err
