"""A small hand-written OpenAPI spec that spec-diff tests modify one change at a time."""

from __future__ import annotations

from typing import Any


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_content(name: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": ref(name)}}}


def base_spec() -> dict[str, Any]:
    """A small API: create an instance (sent) and read it back (received)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "test", "version": "1"},
        "paths": {
            "/instances": {
                "post": {
                    "operationId": "CreateInstance",
                    "requestBody": {"required": True, **json_content("CreateInstanceRequest")},
                    "responses": {"200": json_content("InstanceResponse")},
                },
                "get": {
                    "operationId": "ListInstances",
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {"200": json_content("InstanceResponse")},
                },
            }
        },
        "components": {
            "schemas": {
                "CreateInstanceRequest": {
                    "type": "object",
                    "properties": {
                        "image": {"type": "string"},
                        "memory_mb": {"type": "integer", "format": "uint64"},
                        "restart_policy": {"type": "string", "enum": ["never", "always"]},
                    },
                    "required": ["image"],
                },
                "InstanceResponse": {
                    "type": "object",
                    "properties": {"data": {"type": "array", "items": ref("Instance")}},
                },
                "Instance": {
                    "type": "object",
                    "properties": {
                        "uuid": {"type": "string", "format": "uuid"},
                        "name": {"type": "string"},
                        "state": ref("InstanceState"),
                    },
                    "required": ["uuid"],
                },
                "InstanceState": {"type": "string", "enum": ["stopped", "running", "standby"]},
                "Unused": {"type": "object", "properties": {"note": {"type": "string"}}},
            }
        },
    }


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result
