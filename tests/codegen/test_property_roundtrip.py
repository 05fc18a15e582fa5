"""Every component of the spec survives the client's round trip, checked against the spec itself.

The values come from the strategies of ``ukc_client.testing`` (and the documents from the
components' own JSON Schemas, through ``hypothesis-jsonschema``); every test is parametrized
over ``ukc_client.MODELS``, so a new component of the spec is covered without a new test.

Documents compare after one normalization: a date-time is its instant and its zone offset,
because the client writes UTC as ``Z``, upper-case separators and fractions of a second as
microseconds (a finer fraction is cut to microseconds: Python's ``datetime`` holds no more).
"""

from __future__ import annotations

import importlib
import re
from datetime import datetime, timedelta, timezone
from types import ModuleType
from typing import Any

import pytest
import ukc_client.testing
import yaml
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from ukc_client import MODELS, UNSET, DecodeError, structure, unstructure
from ukc_client.testing import STRATEGIES

from generator.codegen.model_graph import build_model_graph
from tests.support.paths import ROOT
from tests.support.schema_documents import MAX_STRING, ComponentDocuments

SPEC = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
GRAPH = build_model_graph(SPEC)
SPEC_URI = "urn:ukc:openapi"
REGISTRY: Registry[Any] = Registry().with_resource(
    SPEC_URI, Resource.from_contents(SPEC, default_specification=DRAFT202012)
)

COMPONENTS = list(MODELS)
# Components whose JSON is an object: models, and unions of models.
OBJECT_COMPONENTS = [model.component for model in GRAPH.models] + [
    union.component for union in GRAPH.unions
]
# Components that are classes (models and enums), which ``from_type`` resolves.
CLASS_COMPONENTS = [model.component for model in GRAPH.models] + [
    enum.component for enum in GRAPH.enums if enum.component is not None
]
UNION_VARIANTS = [
    (union.component, variant.model) for union in GRAPH.unions for variant in union.variants
]
EXACTLY_ONE_OF_GROUPS = [
    pytest.param(model.component, group, id=f"{model.component}-{'+'.join(group)}")
    for model in GRAPH.models
    for group in model.exactly_one_of
]
# ``find`` returns the first value that fits: shrinking it would only cost time.
FIRST_FOUND = settings(database=None, phases=[Phase.generate])

# A fraction of the profile's examples for each of the ~160 components: the profile sets the
# depth, the number of components the breadth.
PER_COMPONENT = settings(max_examples=max(10, settings().max_examples // 10))

DOCUMENTS = ComponentDocuments(SCHEMAS)
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def validator(component: str) -> Draft202012Validator:
    schema = {"$ref": f"{SPEC_URI}#/components/schemas/{component}"}
    return Draft202012Validator(
        schema, registry=REGISTRY, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def normalized(document: Any) -> Any:
    """``document`` with every date-time as its instant and zone offset."""
    if isinstance(document, dict):
        return {key: normalized(value) for key, value in document.items()}
    if isinstance(document, list):
        return [normalized(item) for item in document]
    if isinstance(document, str) and RFC3339.fullmatch(document):
        moment = datetime.fromisoformat(document.upper())
        return ("date-time", moment, moment.utcoffset())
    return document


def known_keys(component: str) -> set[str]:
    """The property names of an object component, or of every variant of a union."""
    schema = SCHEMAS[component]
    keys = set(schema.get("properties", {}))
    for variant in schema.get("oneOf", ()):
        if "$ref" in variant:
            keys |= known_keys(variant["$ref"].removeprefix("#/components/schemas/"))
    return keys


def strategy_of_class(name: str) -> st.SearchStrategy[Any]:
    return st.from_type(getattr(ukc_client.models, name))


def test_the_schema_check_knows_the_formats_of_the_spec() -> None:
    assert {"uuid", "date-time"} <= Draft202012Validator.FORMAT_CHECKER.checkers.keys()


def test_every_component_has_a_strategy() -> None:
    assert set(STRATEGIES) == set(MODELS)


@pytest.mark.parametrize("component", CLASS_COMPONENTS)
@PER_COMPONENT
@given(data=st.data())
def test_from_type_draws_instances_of_every_class(component: str, data: st.DataObject) -> None:
    cls = MODELS[component]
    assert isinstance(data.draw(st.from_type(cls)), cls)


@pytest.mark.parametrize("component", COMPONENTS)
@PER_COMPONENT
@given(data=st.data())
def test_structure_of_unstructure_is_the_value(component: str, data: st.DataObject) -> None:
    value = data.draw(STRATEGIES[component])
    assert structure(unstructure(value), MODELS[component]) == value


@pytest.mark.parametrize("component", COMPONENTS)
@PER_COMPONENT
@given(data=st.data())
def test_unstructured_value_fits_the_components_schema(component: str, data: st.DataObject) -> None:
    document = unstructure(data.draw(STRATEGIES[component]))
    errors = [error.message for error in validator(component).iter_errors(document)]
    assert errors == []


@pytest.mark.parametrize("component", COMPONENTS)
@PER_COMPONENT
@given(data=st.data())
def test_document_of_the_schema_reads_and_writes_back_equal(
    component: str, data: st.DataObject
) -> None:
    document = data.draw(DOCUMENTS(component))
    written = unstructure(structure(document, MODELS[component]))
    assert normalized(written) == normalized(document)


@pytest.mark.parametrize("component", OBJECT_COMPONENTS)
@PER_COMPONENT
@given(data=st.data())
def test_unknown_fields_survive_the_round_trip(component: str, data: st.DataObject) -> None:
    document = unstructure(data.draw(STRATEGIES[component]))
    unknown = data.draw(
        st.dictionaries(
            st.text(max_size=MAX_STRING).filter(lambda key: key not in known_keys(component)),
            ukc_client.testing.json_values(),
            min_size=1,
            max_size=3,
        )
    )
    document.update(unknown)
    value = structure(document, MODELS[component])
    assert value.additional_properties.items() >= unknown.items()
    assert unstructure(value) == document


@pytest.mark.parametrize(("component", "variant"), UNION_VARIANTS)
def test_every_variant_of_a_union_is_drawn(component: str, variant: str) -> None:
    cls = getattr(ukc_client.models, variant)
    found = find(STRATEGIES[component], lambda value: type(value) is cls, settings=FIRST_FOUND)
    assert type(found) is cls


@pytest.mark.parametrize(("component", "group"), EXACTLY_ONE_OF_GROUPS)
def test_every_group_of_exactly_one_of_is_drawn(component: str, group: tuple[str, ...]) -> None:
    model = GRAPH.model(MODELS[component].__name__)
    attributes = [model.field_by_wire_name(name).python_name for name in group]

    def group_present(value: Any) -> bool:
        return all(getattr(value, attribute) is not UNSET for attribute in attributes)

    found = find(STRATEGIES[component], group_present, settings=FIRST_FOUND)
    assert group_present(found)


def variant_documents(component: str) -> list[st.SearchStrategy[dict[str, Any]]]:
    union = next(union for union in GRAPH.unions if union.component == component)
    return [strategy_of_class(variant.model).map(unstructure) for variant in union.variants]


def assert_rejected(component: str, document: dict[str, Any]) -> None:
    assert not validator(component).is_valid(document)
    with pytest.raises(DecodeError):
        structure(document, MODELS[component])


@pytest.mark.parametrize("component", [union.component for union in GRAPH.unions])
@PER_COMPONENT
@given(data=st.data())
def test_a_document_of_several_variants_is_rejected(component: str, data: st.DataObject) -> None:
    variants = variant_documents(component)
    first, second = data.draw(st.permutations(range(len(variants))))[:2]
    document = {**data.draw(variants[first]), **data.draw(variants[second])}
    assert_rejected(component, document)


@pytest.mark.parametrize("component", [union.component for union in GRAPH.unions])
@PER_COMPONENT
@given(data=st.data())
def test_a_document_of_no_variant_is_rejected(component: str, data: st.DataObject) -> None:
    union = next(union for union in GRAPH.unions if union.component == component)
    document = data.draw(st.one_of(variant_documents(component)))
    for variant in union.variants:
        for name in variant.required:
            document.pop(name, None)
    assert_rejected(component, document)


EXCLUSIVE_COMPONENTS = [model.component for model in GRAPH.models if model.exactly_one_of]


# JSON values of distinct types: one of them is of the wrong type for any typed property.
WRONG_TYPE_CANDIDATES: tuple[Any, ...] = (0, "", True, [], {})


def value_of_wrong_type(component: str, property_name: str) -> Any:
    """A value the property rejects by its type, or ``None`` if it takes any value."""
    property_validator = validator(f"{component}/properties/{property_name}")
    for candidate in WRONG_TYPE_CANDIDATES:
        if not property_validator.is_valid(candidate):
            return candidate
    return None


# (union, variant A, variant B): a document of A may hold B's required fields as unknown
# fields, with values B rejects; JSON Schema's oneOf then matches A alone.
CROSSED_VARIANTS = [
    pytest.param(union.component, first.model, second, id=f"{first.model}-with-{second.model}")
    for union in GRAPH.unions
    for first in union.variants
    for second in union.variants
    if first is not second
    and not set(second.required) & set(first.properties)
    and all(value_of_wrong_type(second.model, name) is not None for name in second.required)
]


@pytest.mark.parametrize(("component", "variant", "other"), CROSSED_VARIANTS)
@PER_COMPONENT
@given(data=st.data())
def test_a_field_of_another_variant_that_does_not_fit_it_stays_an_unknown_field(
    component: str, variant: str, other: Any, data: st.DataObject
) -> None:
    document = unstructure(data.draw(strategy_of_class(variant)))
    for name in other.required:
        document[name] = value_of_wrong_type(other.model, name)
    assert validator(component).is_valid(document)
    value = structure(document, MODELS[component])
    assert type(value) is getattr(ukc_client.models, variant)
    assert unstructure(value) == document


@pytest.mark.parametrize("component", EXCLUSIVE_COMPONENTS)
@PER_COMPONENT
@given(data=st.data())
def test_a_document_with_every_exclusive_group_is_rejected(
    component: str, data: st.DataObject
) -> None:
    model = GRAPH.model(MODELS[component].__name__)
    document = unstructure(data.draw(STRATEGIES[component]))
    for group in model.exactly_one_of:
        for name in group:
            if name not in document:
                document[name] = data.draw(DOCUMENTS.of_property(component, name))
    assert_rejected(component, document)


@pytest.mark.parametrize("component", EXCLUSIVE_COMPONENTS)
@PER_COMPONENT
@given(data=st.data())
def test_a_document_with_no_exclusive_group_is_rejected(
    component: str, data: st.DataObject
) -> None:
    model = GRAPH.model(MODELS[component].__name__)
    document = unstructure(data.draw(STRATEGIES[component]))
    for group in model.exactly_one_of:
        for name in group:
            document.pop(name, None)
    assert_rejected(component, document)


@given(
    moment=st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31)),
    offset=st.timedeltas(-timedelta(hours=23, minutes=59), timedelta(hours=23, minutes=59)),
)
def test_a_date_time_whose_offset_has_seconds_is_written_in_utc(
    moment: datetime, offset: timedelta
) -> None:
    value = moment.replace(tzinfo=timezone(offset))
    text = unstructure(value)
    assert RFC3339.fullmatch(text)
    assert structure(text, datetime) == value


def test_a_model_that_contains_itself_is_drawn_through_a_deferred_strategy(
    mini_client: ModuleType,
) -> None:
    testing = importlib.import_module(f"{mini_client.__name__}.testing")
    tree_node = mini_client.models.TreeNode
    nested = find(
        testing.STRATEGIES["TreeNode"],
        # The package under test has its own UNSET: a set field is a list.
        lambda node: (
            isinstance(node.children, list)
            and any(isinstance(child.children, list) and child.children for child in node.children)
        ),
        settings=settings(phases=[Phase.generate], database=None),
    )
    assert isinstance(nested, tree_node)
    assert mini_client.structure(mini_client.unstructure(nested), tree_node) == nested
