"""The model graph: every spec form maps to the right type, name and constraint; the
graph agrees with datamodel-code-generator's reading of the same spec."""

from __future__ import annotations

import re
import warnings
from typing import Any

import pytest
from datamodel_code_generator.parser.openapi import OpenAPIParser

from generator.codegen.model_graph import ModelGraph, TypeRef, build_model_graph
from generator.errors import ToolkitError
from tests.support.paths import REAL_SPEC


def field_type(graph: ModelGraph, model: str, wire_name: str) -> TypeRef:
    return graph.model(model).field_by_wire_name(wire_name).type


def test_every_real_component_is_in_the_graph(
    real_graph: ModelGraph, real_spec: dict[str, Any]
) -> None:
    assert list(real_graph.components) != []
    assert set(real_graph.components) == set(real_spec["components"]["schemas"])


@pytest.mark.parametrize(
    ("model", "wire_name", "kind"),
    [
        ("Instance", "uuid", "uuid"),
        ("Instance", "created_at", "datetime"),
        ("Instance", "name", "string"),
        ("Instance", "env", "string_map"),
        ("Instance", "state", "enum"),
        ("Instance", "scale_to_zero", "model"),
        ("Instance", "volumes", "array"),
        ("InstanceScaleToZero", "enabled", "boolean"),
        ("HealthzResponseData", "services", "json_object"),
        ("UpdateInstanceByUUIDRequestBody", "value", "any"),
        ("CreateInstanceRequest", "service_group", "union"),
    ],
)
def test_property_form_maps_to_its_kind(
    mini_graph: ModelGraph, model: str, wire_name: str, kind: str
) -> None:
    assert field_type(mini_graph, model, wire_name).kind == kind


def test_integer_keeps_format_and_bounds(mini_graph: ModelGraph) -> None:
    memory = field_type(mini_graph, "Instance", "memory_mb")
    assert (memory.format, memory.minimum, memory.maximum) == ("uint64", 0, 2**64 - 1)


def test_unsigned_format_is_read_from_x_format(real_graph: ModelGraph) -> None:
    assert field_type(real_graph, "Instance", "memory_mb").format == "uint64"


def test_pattern_is_kept(mini_graph: ModelGraph) -> None:
    assert field_type(mini_graph, "InstanceInstanceVolume", "at").pattern is not None


def test_array_items_keep_their_type(mini_graph: ModelGraph) -> None:
    volumes = field_type(mini_graph, "Instance", "volumes")
    assert volumes.items == TypeRef("model", name="InstanceInstanceVolume")
    assert volumes.annotation == "list[InstanceInstanceVolume]"


def test_inline_enum_is_named_after_its_model_and_field(mini_graph: ModelGraph) -> None:
    assert field_type(mini_graph, "Instance", "restart_policy").name == "InstanceRestartPolicy"
    restart = next(enum for enum in mini_graph.enums if enum.name == "InstanceRestartPolicy")
    assert restart.component is None
    assert [(m.name, m.value) for m in restart.members][-1] == ("ON_FAILURE", "on_failure")


def test_shared_enum_is_referenced_by_name(mini_graph: ModelGraph) -> None:
    assert field_type(mini_graph, "Instance", "state") == TypeRef("enum", name="InstanceState")


def test_a_sent_optional_field_may_be_absent_but_not_null(mini_graph: ModelGraph) -> None:
    request = mini_graph.model("CreateInstanceRequest")
    image = request.field_by_wire_name("image")
    features = request.field_by_wire_name("features")
    assert (image.required, image.nullable, image.annotation) == (True, False, "str")
    assert (features.nullable, features.annotation) == (
        False,
        "list[CreateInstanceRequestFeaturesItem] | Unset",
    )


def test_a_sent_field_is_nullable_where_its_schema_admits_null() -> None:
    properties = {
        "listed": {"type": ["string", "null"]},
        "any_of": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        "required": {"type": ["boolean", "null"]},
    }
    schemas = {"Body": {"type": "object", "properties": properties, "required": ["required"]}}
    body = build_model_graph({"components": {"schemas": schemas}}).model("Body")
    assert [field.annotation for field in body.fields] == [
        "str | None | Unset",
        "int | None | Unset",
        "bool | None",
    ]


def test_field_keeps_description_default_and_examples(mini_graph: ModelGraph) -> None:
    read_only = mini_graph.model("InstanceInstanceVolume").field_by_wire_name("read_only")
    assert (read_only.description, read_only.default) == ("Whether the volume is read-only.", False)
    name = mini_graph.model("NameOrUUIDByName").field_by_wire_name("name")
    assert name.examples == ("funky-town-g756b5d",)


def test_names_that_clash_with_python_get_a_trailing_underscore(mini_graph: ModelGraph) -> None:
    names = {f.wire_name: f.python_name for f in mini_graph.model("AwkwardNames").fields}
    assert names == {
        "from": "from_",
        "class": "class_",
        "datetime": "datetime_",
        "uuid": "uuid",
        "str": "str_",
        "additional_properties": "additional_properties_",
        "x-request-id": "x_request_id",
    }


def test_required_only_one_of_is_a_constraint_not_a_union(mini_graph: ModelGraph) -> None:
    stop = mini_graph.model("StopInstancesRequestID")
    assert stop.exactly_one_of == (("uuid",), ("name",))
    assert all(not union.name.startswith("StopInstancesRequestID") for union in mini_graph.unions)


def test_union_lists_variants_with_their_required_fields(mini_graph: ModelGraph) -> None:
    union = next(u for u in mini_graph.unions if u.name == "CreateInstanceRequestServiceGroup")
    assert [(v.model, v.required) for v in union.variants] == [
        ("CreateInstanceRequestServiceGroupByUUID", ("uuid",)),
        ("CreateInstanceRequestServiceGroupByName", ("name",)),
        ("CreateInstanceRequestServiceGroupNew", ("services",)),
    ]
    assert union.variants[2].properties == ("services", "domains")
    assert union.discriminator is None


def test_discriminator_maps_values_to_variants(mini_graph: ModelGraph) -> None:
    shape = next(u for u in mini_graph.unions if u.name == "Shape")
    assert shape.discriminator == "kind"
    assert [v.discriminator_values for v in shape.variants] == [("circle",), ("square",)]


def test_empty_schema_component_is_an_alias_of_any(mini_graph: ModelGraph) -> None:
    assert [(a.name, a.type.kind) for a in mini_graph.aliases] == [("GoogleProtobufValue", "any")]


@pytest.mark.parametrize(
    ("schema", "pointer"),
    [
        (
            {"type": "number", "minimum": 2, "exclusiveMaximum": 2},
            "#/components/schemas/Broken/properties/size",
        ),
        (
            {"type": "number", "multipleOf": 0},
            "#/components/schemas/Broken/properties/size/multipleOf",
        ),
        ({"const": [1]}, "#/components/schemas/Broken/properties/size/const"),
        (
            {"type": "string", "format": "email"},
            "#/components/schemas/Broken/properties/size/format",
        ),
        (
            {"$ref": "#/components/schemas/Nowhere"},
            "#/components/schemas/Broken/properties/size/$ref",
        ),
        (
            {"type": "object", "properties": {}, "additionalProperties": {"type": "string"}},
            "#/components/schemas/Broken/properties/size/additionalProperties",
        ),
        (
            {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            "#/components/schemas/Broken/properties/size/anyOf",
        ),
    ],
)
def test_form_outside_the_conventions_is_an_error_naming_its_pointer(
    schema: dict[str, Any], pointer: str
) -> None:
    spec = {
        "components": {"schemas": {"Broken": {"type": "object", "properties": {"size": schema}}}}
    }
    with pytest.raises(ToolkitError, match=f"^{re.escape(pointer)}:"):
        build_model_graph(spec)


def test_graph_is_the_same_when_built_twice(real_spec: dict[str, Any]) -> None:
    assert build_model_graph(real_spec) == build_model_graph(real_spec)


@pytest.fixture(scope="module")
def datamodel_code_generator_models() -> dict[str, Any]:
    """datamodel-code-generator's reading of the real spec: its parsed models by name."""
    parser = OpenAPIParser(source=REAL_SPEC.read_text(encoding="utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse_raw()
    return {model.class_name: model for model in parser.results}


def test_fields_agree_with_datamodel_code_generator(
    real_graph: ModelGraph, datamodel_code_generator_models: dict[str, Any]
) -> None:
    for model in real_graph.models:
        if model.exactly_one_of or model.at_least_one_of:
            continue  # datamodel-code-generator splits these into one class per group
        theirs = datamodel_code_generator_models[model.name]
        their_fields = {(f.original_name, f.required) for f in theirs.fields}
        our_fields = {(f.wire_name, f.required) for f in model.fields}
        assert our_fields == their_fields, model.name


def test_union_variants_agree_with_datamodel_code_generator(
    real_graph: ModelGraph, datamodel_code_generator_models: dict[str, Any]
) -> None:
    for union in real_graph.unions:
        root = datamodel_code_generator_models[union.name].fields[0].data_type
        their_variants = [item.reference.name for item in root.data_types]
        assert their_variants == [variant.model for variant in union.variants], union.name


def test_exactly_one_of_is_where_datamodel_code_generator_makes_a_union(
    real_graph: ModelGraph, datamodel_code_generator_models: dict[str, Any]
) -> None:
    for model in real_graph.models:
        if model.exactly_one_of:
            root = datamodel_code_generator_models[model.name]
            assert len(root.fields[0].data_type.data_types) == len(model.exactly_one_of)
