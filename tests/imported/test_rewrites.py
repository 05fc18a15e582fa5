"""Each rewrite of a published document into the spec conventions, on a small document, with
the report's finding under its JSON pointer; and the forms the importer refuses."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import ToolkitError
from generator.imported.importer import import_document, import_loaded
from generator.imported.source import SourceKind, configured_source, source_kind
from generator.spec.normalizer import NormalizedSpec
from tests.support.paths import DOCUMENT, PUBLISHED_DOCUMENT, REAL_SPEC, ROOT

REF = "#/components/schemas/"


def document(schemas: dict[str, Any], *, version: str = "3.0.3") -> dict[str, Any]:
    """A published document with one operation answering ``Envelope``, and ``schemas``."""
    return {
        "openapi": version,
        "info": {"title": "API", "version": "v1"},
        "servers": [
            {"url": "https://api.fra.example.cloud", "description": "Frankfurt"},
            {"url": "https://api.dal.example.cloud", "description": "Dallas"},
        ],
        "paths": {
            "/v1/things": {
                "get": {
                    "operationId": "GetThings",
                    "tags": ["Things"],
                    "parameters": [
                        {
                            "name": "order",
                            "in": "query",
                            "schema": {"type": "string", "format": "enum", "enum": ["asc"]},
                        }
                    ],
                    "responses": {
                        "default": {
                            "description": "default",
                            "content": {"application/json": {"schema": {"$ref": REF + "Envelope"}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Envelope": {"type": "object", "properties": {}}, **schemas}},
    }


def imported(schemas: dict[str, Any], **options: Any) -> NormalizedSpec:
    return import_loaded(document(schemas, **options), source_name="test.yaml")


def component(result: NormalizedSpec, name: str) -> Any:
    return result.spec["components"]["schemas"][name]


def finding(result: NormalizedSpec, location: str) -> Any:
    found = [f for f in result.report.findings if f.location == location]
    assert found, [f.location for f in result.report.findings]
    return found[0]


def test_all_of_of_one_reference_with_a_description_is_the_reference() -> None:
    result = imported(
        {
            "Box": {
                "type": "object",
                "properties": {
                    "thing": {"allOf": [{"$ref": REF + "Thing"}], "description": "The thing."}
                },
            },
            "Thing": {"type": "object", "properties": {"id": {"type": "string"}}},
        }
    )
    assert component(result, "Box")["properties"]["thing"] == {
        "$ref": REF + "Thing",
        "description": "The thing.",
    }
    assert finding(result, REF + "Box/properties/thing/allOf").kind == "composition"


def test_component_composition_is_one_object_with_every_field() -> None:
    result = imported(
        {
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Thing": {
                "type": "object",
                "required": ["id"],
                "allOf": [
                    {"$ref": REF + "Base"},
                    {"type": "object", "properties": {"size": {"type": "integer"}}},
                    {"oneOf": [{"title": "note", "type": "object", "properties": {"note": {}}}]},
                ],
                "description": "A thing.",
            },
        }
    )
    assert component(result, "Thing") == {
        "type": "object",
        "description": "A thing.",
        "properties": {"id": {"type": "string"}, "size": {"type": "integer"}, "note": {}},
        "required": ["id"],
    }
    assert finding(result, REF + "Thing/allOf/2/oneOf").kind == "one-of"


def test_a_one_of_of_single_fields_is_exactly_one_of() -> None:
    result = imported(
        {
            "Ref": {
                "type": "object",
                "allOf": [
                    {
                        "oneOf": [
                            {"required": ["uuid"], "properties": {"uuid": {"type": "string"}}},
                            {"required": ["name"], "properties": {"name": {"type": "string"}}},
                        ]
                    }
                ],
            }
        }
    )
    schema = component(result, "Ref")
    assert schema["oneOf"] == [{"required": ["uuid"]}, {"required": ["name"]}]
    assert "required" not in schema
    assert finding(result, REF + "Ref/allOf/0/oneOf").kind == "exactly-one"


def test_an_unsatisfiable_one_of_requires_each_variants_own_field() -> None:
    result = imported(
        {
            "Args": {
                "type": "object",
                "allOf": [
                    {
                        "oneOf": [
                            {"title": "roms", "properties": {"roms": {"type": "string"}}},
                            {"title": "template", "properties": {"template": {"type": "string"}}},
                        ]
                    }
                ],
            }
        }
    )
    assert component(result, "Args")["oneOf"] == [
        {"required": ["roms"]},
        {"required": ["template"]},
    ]
    defect = finding(result, REF + "Args/allOf/0/oneOf/0")
    assert defect.kind == "contradiction" and "no JSON satisfies" in defect.evidence


def test_a_one_of_of_larger_objects_is_a_union_of_named_variants() -> None:
    result = imported(
        {
            "Choice": {
                "oneOf": [
                    {
                        "title": "uuid",
                        "required": ["uuid"],
                        "properties": {"uuid": {"type": "string"}, "force": {"type": "boolean"}},
                    },
                    {
                        "title": "name",
                        "required": ["name"],
                        "properties": {"name": {"type": "string"}, "force": {"type": "boolean"}},
                    },
                ]
            }
        }
    )
    assert component(result, "Choice")["oneOf"] == [
        {"$ref": REF + "ChoiceByUUID"},
        {"$ref": REF + "ChoiceByName"},
    ]
    assert component(result, "ChoiceByName")["required"] == ["name"]


def test_required_fields_documented_as_mutually_exclusive_resolve_to_exactly_one() -> None:
    result = imported(
        {
            "Item": {
                "type": "object",
                "required": ["uuid", "name", "at"],
                "properties": {
                    "uuid": {"type": "string", "description": "Mutually exclusive with name."},
                    "name": {"type": "string", "description": "Mutually exclusive with UUID."},
                    "at": {"type": "string"},
                },
            }
        }
    )
    schema = component(result, "Item")
    assert schema["required"] == ["at"]
    assert schema["oneOf"] == [{"required": ["uuid"]}, {"required": ["name"]}]
    assert finding(result, REF + "Item").kind == "contradiction"


def test_openapi_3_0_forms_become_3_1_forms() -> None:
    result = imported(
        {
            "Thing": {
                "type": "object",
                "properties": {
                    "note": {"type": "string", "nullable": True, "example": "hi"},
                    "size": {"type": "integer", "format": "uint32", "maximum": 10.0},
                    "count": {"type": "integer", "format": "int32"},
                    "path": {"type": "string", "format": "regex", "pattern": "^/"},
                    "args": {"type": "array", "items": {"type": "string"}, "example": "-v"},
                },
            }
        }
    )
    properties = component(result, "Thing")["properties"]
    assert properties["note"] == {"type": ["string", "null"], "examples": ["hi"]}
    assert properties["size"] == {
        "type": "integer",
        "x-format": "uint32",
        "minimum": 0,
        "maximum": 10,
    }
    assert properties["count"]["minimum"] == -(2**31)
    assert properties["path"] == {"type": "string", "pattern": "^/"}
    assert "examples" not in properties["args"]
    assert finding(result, REF + "Thing/properties/args/examples").needs_review


def test_operations_get_a_success_response_servers_a_metro_and_parameters_3_1_forms() -> None:
    result = imported({})
    spec = result.spec
    assert spec["openapi"] == "3.1.0"
    assert spec["servers"][0]["url"] == "https://api.{metro}.example.cloud"
    assert spec["servers"][0]["variables"]["metro"]["default"] == "fra"
    operation = spec["paths"]["/v1/things"]["get"]
    assert list(operation["responses"]) == ["200", "default"]
    assert operation["parameters"][0]["schema"] == {"type": "string", "enum": ["asc"]}
    assert finding(result, "/paths/~1v1~1things/get/responses").kind == "response"
    assert finding(result, "/servers").kind == "server"


@pytest.mark.parametrize(
    ("schema", "pointer"),
    [
        ({"type": "object", "properties": {"x": {"not": {"type": "string"}}}}, "Bad/properties/x"),
        (
            {"type": "object", "properties": {"x": {"allOf": [{"type": "string"}]}}},
            "Bad/properties/x/allOf",
        ),
        ({"type": "object", "anyOf": [{"type": "object"}]}, "Bad"),
        ({"type": "object", "allOf": [{"type": "string", "enum": ["a"]}]}, "Bad/allOf/0"),
    ],
)
def test_a_form_the_importer_does_not_know_is_an_error_with_its_pointer(
    schema: dict[str, Any], pointer: str
) -> None:
    with pytest.raises(ToolkitError, match="^" + REF + pointer + "[:/]"):
        imported({"Bad": schema})


def test_a_3_0_boolean_exclusive_bound_becomes_the_bound_itself() -> None:
    result = imported(
        {
            "Thing": {
                "type": "object",
                "properties": {
                    "low": {"type": "number", "minimum": 0, "exclusiveMinimum": True},
                    "high": {"type": "integer", "maximum": 9, "exclusiveMaximum": False},
                },
            }
        }
    )
    properties = component(result, "Thing")["properties"]
    assert properties["low"] == {"type": "number", "exclusiveMinimum": 0}
    assert properties["high"] == {"type": "integer", "maximum": 9}
    assert finding(result, "#/components/schemas/Thing/properties/low/exclusiveMinimum")


def test_an_inline_object_is_rewritten_and_a_closed_one_stays_closed() -> None:
    inline = {
        "type": "object",
        "properties": {"at": {"type": "string", "nullable": True}},
        "additionalProperties": False,
    }
    result = imported(
        {
            "Thing": {
                "type": "object",
                "properties": {"inner": inline},
                "additionalProperties": False,
            }
        }
    )
    thing = component(result, "Thing")
    assert thing["additionalProperties"] is False
    assert thing["properties"]["inner"]["properties"]["at"] == {"type": ["string", "null"]}
    assert thing["properties"]["inner"]["additionalProperties"] is False


def test_nullable_in_a_3_1_document_is_an_error() -> None:
    schema = {"type": "object", "properties": {"x": {"type": "string", "nullable": True}}}
    with pytest.raises(ToolkitError, match="nullable: not a keyword of OpenAPI 3.1"):
        imported({"Bad": schema}, version="3.1.0")


def test_servers_of_a_path_become_its_operations_servers_with_a_metro() -> None:
    published = document({})
    published["paths"]["/v1/things"]["servers"] = [
        {"url": "https://files.fra.example.cloud"},
        {"url": "https://files.dal.example.cloud"},
    ]
    result = import_loaded(published, source_name="test.yaml")
    item = result.spec["paths"]["/v1/things"]
    assert "servers" not in item
    [server] = item["get"]["servers"]
    assert server["url"] == "https://files.{metro}.example.cloud"
    assert finding(result, "/paths/~1v1~1things/get/servers").kind == "server"


def test_another_openapi_version_is_refused() -> None:
    with pytest.raises(ToolkitError, match="^/openapi: expected OpenAPI 3.0 or 3.1"):
        import_loaded({**document({}), "openapi": "2.0"}, source_name="test.yaml")


def test_importing_twice_gives_the_same_spec() -> None:
    first = import_loaded(document({}), source_name="a.yaml").spec
    assert import_loaded(copy.deepcopy(document({})), source_name="a.yaml").spec == first


def test_the_kind_of_a_source_is_read_from_its_content(tmp_path: Path) -> None:
    assert source_kind(PUBLISHED_DOCUMENT) is SourceKind.OPENAPI
    assert source_kind(DOCUMENT) is SourceKind.PAGE
    renamed = tmp_path / "api.txt"
    renamed.write_text('{"openapi": "3.1.0"}', encoding="utf-8")
    assert source_kind(renamed) is SourceKind.OPENAPI


def test_the_project_setting_selects_the_source(tmp_path: Path) -> None:
    assert (
        configured_source(tmp_path) == tmp_path / "spec/source/unikraft-cloud-platform-schemas.txt"
    )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.ukc-toolkit]\nsource = "spec/source/platform.yaml"\n', encoding="utf-8"
    )
    assert configured_source(tmp_path) == tmp_path / "spec/source/platform.yaml"


def test_the_documents_own_overlay_corrects_it_with_reasons(tmp_path: Path) -> None:
    source = tmp_path / "api.yaml"
    source.write_text(yaml.safe_dump(document({})), encoding="utf-8")
    (tmp_path / "api.overlay.yaml").write_text(
        yaml.safe_dump(
            {
                "corrections": [
                    {
                        "pointer": "/paths/~1v1~1things/get/tags",
                        "value": ["Widgets"],
                        "reason": "the operation lists widgets",
                    },
                    {
                        "pointer": "/paths/~1v1~1things/get/parameters",
                        "remove": True,
                        "reason": "the server ignores the order",
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    result = import_document(source)
    operation = result.spec["paths"]["/v1/things"]["get"]
    assert operation["tags"] == ["Widgets"] and "parameters" not in operation
    correction = finding(result, "/paths/~1v1~1things/get/tags")
    assert (correction.kind, correction.confidence) == ("overlay", "override")
    assert correction.evidence == "api.overlay.yaml: the operation lists widgets"


def test_an_overlay_entry_without_a_reason_is_an_error(tmp_path: Path) -> None:
    source = tmp_path / "api.yaml"
    source.write_text(yaml.safe_dump(document({})), encoding="utf-8")
    (tmp_path / "api.overlay.yaml").write_text(
        "corrections:\n  - pointer: /info/title\n    value: X\n", encoding="utf-8"
    )
    with pytest.raises(ToolkitError, match=r"^api\.overlay\.yaml: corrections\[0\]: expected"):
        import_document(source)


def test_an_overlay_pointer_that_names_nothing_is_an_error(tmp_path: Path) -> None:
    source = tmp_path / "api.yaml"
    source.write_text(yaml.safe_dump(document({})), encoding="utf-8")
    (tmp_path / "api.overlay.yaml").write_text(
        "corrections:\n  - pointer: /nothing/here\n    value: 1\n    reason: r\n",
        encoding="utf-8",
    )
    with pytest.raises(ToolkitError, match="names nothing in the document"):
        import_document(source)


def test_composition_of_a_component_with_exactly_one_of_keeps_the_constraint() -> None:
    result = imported(
        {
            "Ref": {
                "type": "object",
                "required": ["uuid", "name"],
                "properties": {
                    "uuid": {"type": "string", "description": "Mutually exclusive with name."},
                    "name": {"type": "string", "description": "Mutually exclusive with UUID."},
                },
            },
            "Wider": {
                "type": "object",
                "allOf": [
                    {"$ref": REF + "Ref"},
                    {"type": "object", "properties": {"force": {"type": "boolean"}}},
                ],
            },
        }
    )
    wider = component(result, "Wider")
    assert list(wider["properties"]) == ["uuid", "name", "force"]
    assert wider["oneOf"] == [{"required": ["uuid"]}, {"required": ["name"]}]
    assert "required" not in wider


def test_generate_refuses_spec_and_source_together(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--root", str(tmp_path)]
        + ["--spec", str(REAL_SPEC), "--source", str(PUBLISHED_DOCUMENT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "--spec and --source exclude each other" in result.stderr


def test_a_multipart_form_keeps_its_file_and_rewrites_its_other_fields() -> None:
    loaded = document({})
    loaded["paths"]["/v1/things"]["post"] = {
        "operationId": "UploadThing",
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "note": {"type": "string", "nullable": True},
                        },
                    }
                }
            }
        },
        "responses": {"204": {"description": "Stored."}},
    }
    spec = import_loaded(loaded, source_name="test.yaml").spec
    body = spec["paths"]["/v1/things"]["post"]["requestBody"]["content"]["multipart/form-data"]
    fields = body["schema"]["properties"]
    assert fields["file"] == {"type": "string", "format": "binary"}
    assert fields["note"]["type"] == ["string", "null"]
