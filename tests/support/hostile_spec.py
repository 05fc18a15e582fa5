"""A spec whose every string that reaches generated code is hostile.

Each text holds what could end a string literal or a docstring early (``\"\"\"``, quotes, a
backslash, newlines), a template placeholder (``${``), a NUL byte and other control
characters, and a payload that would run if pasted into code unescaped. Names are Python
keywords, builtins, the package's own runtime names and ``self``.
"""

from __future__ import annotations

from typing import Any

# Importing the generated package runs this if any text reaches its code unescaped.
PAYLOAD = "__import__('os').environ.__setitem__('UKC_HOSTILE_RAN', '1')"
HOSTILE = (
    'x"""; '
    + PAYLOAD
    + " #''' \\ \\x41 \"\n${HOME} {{ name }} %s \x00\x01\x1b\r\t"
    + "\u2028 tail\\"
)
HOSTILE_ONE_LINE = '"+' + PAYLOAD + '+"\\$x\x00'
# Names that must be renamed, never pasted: keywords, builtins, ``self``, runtime names.
HOSTILE_FIELD_NAMES = ("self", "class", "None", "str", "float", "UNSET", "import", 'a"b', "1st")
RUNTIME_SCHEMA_NAMES = ("OpenEnum", "MODELS", "DecodeError", "Client", "UNSET")
HOSTILE_ENUM_VALUES = (HOSTILE, HOSTILE_ONE_LINE, "", "class", "None", "a b")


HOSTILE_PATH = '/v1/hostile/{class}/"q\\\\$x\'"""'
ECHO_PATH = "/v1/echo/{class}/\"\\'"
# Query parameters of the echo operation: named like what a method already uses for itself.
ECHO_QUERY = ("self", 'x"y', "from", "timeout", "body", "fields", "str")


def described(text: str) -> dict[str, Any]:
    return {"description": text}


def hostile_spec() -> dict[str, Any]:
    """An OpenAPI 3.1 document in the spec conventions with hostile text everywhere."""
    envelope = {
        "type": "object",
        "description": HOSTILE,
        "properties": {
            "status": {"$ref": "#/components/schemas/ResponseStatus"},
            "message": {"type": "string", **described(HOSTILE)},
            "data": {"$ref": "#/components/schemas/Hostile"},
        },
    }
    fields: dict[str, Any] = {
        name: {"type": "string", **described(HOSTILE)} for name in HOSTILE_FIELD_NAMES
    }
    fields["choice"] = {"type": "string", "enum": list(HOSTILE_ENUM_VALUES), **described(HOSTILE)}
    fields["code"] = {"$ref": "#/components/schemas/HostileCode", **described(HOSTILE)}
    # Values typed as ``Literal``s, and an inline object named from a hostile field.
    fields["fixed"] = {"const": HOSTILE, **described(HOSTILE)}
    fields["mixed"] = {"enum": [HOSTILE_ONE_LINE, 1, None], **described(HOSTILE)}
    fields['in"line'] = {
        "type": "object",
        "description": HOSTILE,
        "properties": {"class": {"type": "string", **described(HOSTILE)}},
    }
    schemas: dict[str, Any] = {
        "ResponseStatus": {"type": "string", "enum": ["success", "error"], **described(HOSTILE)},
        "HostileCode": {"type": "string", "enum": list(HOSTILE_ENUM_VALUES), **described(HOSTILE)},
        "Hostile": {
            "type": "object",
            "description": HOSTILE,
            "properties": fields,
            "required": ["self", "class"],
        },
        "HostileResponse": envelope,
    }
    for name in RUNTIME_SCHEMA_NAMES:
        schemas[name] = {
            "type": "object",
            "description": HOSTILE,
            "properties": {"value": {"type": "string", **described(HOSTILE)}},
        }
    parameter = {"schema": {"type": "string"}, **described(HOSTILE)}
    operation = {
        "operationId": "get_hostile",
        "summary": HOSTILE,
        "description": HOSTILE,
        "tags": ["hostile"],
        "servers": [{"url": "https://op.example/" + HOSTILE_ONE_LINE}],
        "parameters": [
            {"name": "class", "in": "path", "required": True, **parameter},
            {"name": "self", "in": "query", **parameter},
            {"name": 'x"y', "in": "query", **parameter},
            {"name": "from", "in": "query", **parameter},
            {"name": "timeout", "in": "query", **parameter},
        ],
        "requestBody": {
            "required": False,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Hostile"}}},
        },
        "responses": {
            "200": {
                "description": HOSTILE,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/HostileResponse"}}
                },
            },
        },
    }
    echo = {
        "operationId": "echo",
        "summary": HOSTILE_ONE_LINE,
        "tags": ["import"],
        "parameters": [
            {"name": "class", "in": "path", "required": True, **parameter},
            *({"name": name, "in": "query", **parameter} for name in ECHO_QUERY),
        ],
        "responses": operation["responses"],
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": HOSTILE, "version": "1.0.0"},
        "servers": [
            {
                "url": "https://api.{metro}.example/" + HOSTILE_ONE_LINE,
                "variables": {"metro": {"default": HOSTILE_ONE_LINE}},
            }
        ],
        "tags": [
            {"name": "hostile", "description": HOSTILE},
            {"name": "import", "description": HOSTILE},
        ],
        "paths": {HOSTILE_PATH: {"post": operation}, ECHO_PATH: {"get": echo}},
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas,
        },
        "security": [{"bearerAuth": []}],
    }
