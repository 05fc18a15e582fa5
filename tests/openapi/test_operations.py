"""The one reader of ``paths``: what codegen, the mock and the diff all see of an operation."""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import ToolkitError
from generator.openapi.operations import HTTP_METHODS, read_operations
from generator.openapi.refs import pointer_target


def spec_with(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {
            "schemas": {"Thing": {"type": "object"}},
            "parameters": {
                "Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                "Alias": {"$ref": "#/components/parameters/Limit"},
            },
            "responses": {
                "Ok": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    },
                }
            },
        },
        **extra,
    }


def test_every_http_method_is_read_in_the_specifications_order() -> None:
    path_item = {method: {"responses": {}} for method in reversed(HTTP_METHODS)}
    operations = read_operations(spec_with({"/x": path_item}))
    assert [operation.method for operation in operations] == [m.upper() for m in HTTP_METHODS]


def test_path_item_parameters_apply_and_the_operations_own_win() -> None:
    shared = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "verbose", "in": "query", "description": "shared", "schema": {"type": "boolean"}},
    ]
    own = [{"name": "verbose", "in": "query", "description": "own", "schema": {"type": "string"}}]
    spec = spec_with({"/x/{id}": {"parameters": shared, "get": {"parameters": own}}})
    (operation,) = read_operations(spec)
    assert [(p.location, p.name, p.description) for p in operation.parameters] == [
        ("path", "id", ""),
        ("query", "verbose", "own"),
    ]
    assert operation.parameters_in("path")[0].pointer == "/paths/~1x~1{id}/parameters/0"


def test_parameter_references_are_followed_to_their_target() -> None:
    spec = spec_with({"/x": {"get": {"parameters": [{"$ref": "#/components/parameters/Alias"}]}}})
    (operation,) = read_operations(spec)
    (limit,) = operation.parameters
    assert (limit.name, limit.required) == ("limit", False)
    assert limit.schema_pointer == "/components/parameters/Limit/schema"
    assert pointer_target(spec, limit.schema_pointer[1:].split("/")) == {"type": "integer"}


def test_responses_resolve_and_answer_a_status_by_code_range_or_default() -> None:
    responses = {
        "200": {"$ref": "#/components/responses/Ok"},
        "4XX": {"description": "client error"},
        "default": {"description": "d", "content": {"application/json": {"schema": {}}}},
    }
    (operation,) = read_operations(spec_with({"/x": {"get": {"responses": responses}}}))
    ok = operation.response_for(200)
    assert ok is not None and ok.json_schema == {"$ref": "#/components/schemas/Thing"}
    assert ok.json_schema_pointer == "/components/responses/Ok/content/application~1json/schema"
    client_error = operation.response_for(404)
    assert client_error is not None and client_error.json_schema is None
    fallback = operation.response_for(503)
    assert fallback is not None and fallback.status == "default"


def test_security_is_the_operations_own_else_the_documents() -> None:
    paths = {
        "/secure": {"get": {}},
        "/public": {"get": {"security": []}},
        "/optional": {"get": {"security": [{}, {"bearer": []}]}},
    }
    operations = read_operations(spec_with(paths, security=[{"bearer": []}]))
    assert [(o.path, o.requires_auth) for o in operations] == [
        ("/secure", True),
        ("/public", False),
        ("/optional", False),
    ]


def test_a_path_item_that_is_not_a_mapping_is_named() -> None:
    with pytest.raises(ToolkitError, match=r"paths\./x: expected a path item"):
        read_operations(spec_with({"/x": ["get"]}))
