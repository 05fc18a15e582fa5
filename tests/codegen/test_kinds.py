"""The kind records: every kind a ``TypeRef`` can have has one, complete, and it agrees with
the spec diff's words for the schema the kind came from."""

from __future__ import annotations

import ast
import inspect
import json
import re
from typing import Any

import pytest

from generator.codegen import model_graph
from generator.codegen.kinds import ANNOTATION_IMPORTS, KINDS, InlineCheck, Kind
from generator.codegen.model_graph import TypeRef, build_model_graph
from generator.evolve.spec_diff import type_signature
from generator.openapi.forms import ComponentForm
from tests.support.small_spec import ref

# One ``TypeRef`` of every kind, with the facts its kind reads.
SAMPLES = {
    "string": TypeRef("string", pattern="^[a-z]+$"),
    "integer": TypeRef("integer", format="uint32", minimum=0, maximum=2**32 - 1),
    "boolean": TypeRef("boolean"),
    "number": TypeRef("number"),
    "uuid": TypeRef("uuid", format="uuid"),
    "datetime": TypeRef("datetime", format="date-time"),
    "any": TypeRef("any"),
    "json_object": TypeRef("json_object"),
    "string_map": TypeRef("string_map"),
    "array": TypeRef("array", items=TypeRef("uuid", format="uuid")),
    "model": TypeRef("model", name="Instance"),
    "union": TypeRef("union", name="Shape"),
    "enum": TypeRef("enum", name="InstanceState"),
    "int_enum": TypeRef("int_enum", name="Level"),
    "literal": TypeRef("literal", values=("square", 1, True, None)),
}
# Names an annotation may use without an import.
BUILTINS = {"str", "int", "bool", "float", "dict", "list", "None", "True", "False"}


def kinds_the_model_graph_makes() -> set[str]:
    """Every kind ``model_graph.py`` builds a ``TypeRef`` of: the literal first arguments of
    its ``TypeRef(...)`` calls, and the component forms it passes as ``form.value``."""
    tree = ast.parse(inspect.getsource(model_graph))
    kinds = {
        call.args[0].value
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "TypeRef"
        and call.args
        and isinstance(call.args[0], ast.Constant)
    }
    # ``_ref_type``: a reference to an enum, union or model component; an alias is inlined.
    kinds |= {form.value for form in ComponentForm if form is not ComponentForm.ALIAS}
    return kinds


def test_every_kind_the_model_graph_makes_has_a_record() -> None:
    assert kinds_the_model_graph_makes() == set(KINDS)
    assert set(SAMPLES) == set(KINDS)


def protocol_members() -> list[str]:
    return [name for name in vars(Kind) if not name.startswith("_")]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_record_is_complete(kind: str) -> None:
    record, sample = KINDS[kind], SAMPLES[kind]
    assert all(hasattr(record, member) for member in protocol_members())
    assert record.name == kind
    assert record.annotation(sample) and sample.annotation == record.annotation(sample)
    assert record.inline_check is None or isinstance(record.inline_check, InlineCheck)
    assert record.list_hook is None or record.list_hook.isidentifier()
    if kind == "literal":  # a one-argument function of its values
        assert ast.parse(record.reader(sample), mode="eval").body.__class__ is ast.Lambda
    elif kind != "array":  # arrays of arrays are not a spec form: an array is no array's item
        assert record.reader(sample).isidentifier()
    for code in (record.structure_call(sample, "v"), record.unstructure(sample, "v", 0)):
        assert code and ast.parse(code, mode="eval")
    strategy = record.strategy(sample, frozenset())
    assert strategy and ast.parse(strategy, mode="eval")
    json.dumps(record.example(sample, 1, lambda name, depth: {"component": name}))
    assert record.signature(sample)
    literal = record.literal(sample, "circle")
    assert literal is None or ast.parse(literal, mode="eval")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_annotation_uses_only_names_its_kinds_import(kind: str) -> None:
    record, sample = KINDS[kind], SAMPLES[kind]
    # Names only: a ``Literal``'s string values are no names.
    names = re.sub(r"'[^']*'|\"[^\"]*\"", "", record.annotation(sample))
    used = set(re.findall(r"[A-Za-z_]\w*", names)) - BUILTINS
    if sample.name is not None:
        used.discard(sample.name)  # a class of ``models.py``
    imported = {
        name
        for statement in ANNOTATION_IMPORTS
        for name in statement.split(" import ")[1].split(", ")
    }
    assert used <= imported


def test_a_recursive_component_is_drawn_through_a_deferred_strategy() -> None:
    deferred = frozenset({"Instance"})
    assert KINDS["model"].strategy(SAMPLES["model"], deferred).startswith("st.deferred(")
    assert not KINDS["union"].strategy(SAMPLES["union"], deferred).startswith("st.deferred(")


def test_only_strings_and_enums_hold_a_discriminator_value() -> None:
    holders = {kind for kind in KINDS if KINDS[kind].literal(SAMPLES[kind], "x") is not None}
    assert holders == {"string", "enum"}
    assert KINDS["enum"].literal(SAMPLES["enum"], "running") == "InstanceState('running')"
    # A ``const`` tag holds its own value only.
    assert KINDS["literal"].literal(SAMPLES["literal"], "square") == "'square'"


# Property schemas of every kind, as the spec writes them.
PROPERTY_SCHEMAS: dict[str, dict[str, Any]] = {
    "string": {"type": "string", "pattern": "^[a-z]+$"},
    "int64": {"type": "integer", "format": "int64"},
    "uint32": {"type": "integer", "x-format": "uint32"},
    "plain_integer": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "uuid": {"type": "string", "format": "uuid"},
    "datetime": {"type": "string", "format": "date-time"},
    "any": {},
    "json_object": {"type": "object"},
    "string_map": {"type": "object", "additionalProperties": {"type": "string"}},
    "array": {"type": "array", "items": {"type": "string", "format": "uuid"}},
    "array_of_models": {"type": "array", "items": ref("Node")},
    "inline_enum": {"type": "string", "enum": ["a", "b"]},
    "integer_enum": {"type": "integer", "enum": [1, 2]},
    "const": {"const": "fixed"},
    "mixed_enum": {"enum": [1, "two"]},
    "number": {"type": "number", "exclusiveMinimum": 0, "multipleOf": 0.5},
    "model": ref("Node"),
    "union": ref("Either"),
}


def test_a_signature_is_the_spec_diffs_words_for_the_schema() -> None:
    schemas = {
        "Holder": {"type": "object", "properties": PROPERTY_SCHEMAS},
        "Node": {"type": "object", "properties": {"label": {"type": "string"}}},
        "Other": {"type": "object", "properties": {"size": {"type": "integer"}}},
        "Either": {"oneOf": [ref("Node"), ref("Other")]},
    }
    graph = build_model_graph({"components": {"schemas": schemas}})
    holder = graph.model("Holder")
    signatures = {
        name: KINDS[holder.field_by_wire_name(name).type.kind].signature(
            holder.field_by_wire_name(name).type
        )
        for name in PROPERTY_SCHEMAS
    }
    assert signatures == {name: type_signature(schema) for name, schema in PROPERTY_SCHEMAS.items()}
