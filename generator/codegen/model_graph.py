"""Turn the normalized spec's component schemas into a plain model graph.

The graph is what every later stage reads (templates of the client package, Hypothesis
strategies, the HTTP client): plain attrs data, no code. It knows, for every component,

- **models** (object schemas): class name, description, fields (Python name, wire name, type,
  required, nullable, description, server default, examples) and the *exactly one of* constraint
  (a ``oneOf`` whose items are only ``required`` lists);
- **enums** (shared components and the inline enums of properties, which get a class name of
  their own): members with their Python name and wire value;
- **unions** (a component that is only a ``oneOf`` of ``$ref`` s): the variants with their
  required and known wire names, and the discriminator where the spec has one;
- **aliases** (a component that is not an object, an enum or a union, such as
  ``GoogleProtobufValue: {}``, any JSON value).

Types are ``TypeRef`` trees that carry the JSON Schema facts a test-data strategy needs
(format, integer bounds, pattern) besides the Python annotation.

Which schema forms exist is fixed by ``docs/spec-conventions.md``; a form outside that list is a
``ToolkitError`` naming its JSON pointer, never a silent guess.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
from datamodel_code_generator.reference import FieldNameResolver

from generator.codegen.kinds import KINDS
from generator.errors import ToolkitError
from generator.openapi.formats import (
    DATETIME_FORMAT,
    INTEGER_FORMAT_BOUNDS,
    UUID_FORMAT,
    integer_format,
)
from generator.openapi.forms import (
    ComponentForm,
    allows_null,
    at_least_one_of_alternatives,
    component_form,
    enum_value_kind,
    exactly_one_of_alternatives,
    null_alternative,
    union_keyword,
)
from generator.openapi.operations import read_operations
from generator.openapi.refs import SCHEMA_REF_PREFIX, escape_pointer_token, ref_target, schema_ref

# The attribute of every model that keeps the fields this client does not know.
ADDITIONAL_PROPERTIES = "additional_properties"

# Names the generated modules use at module level, in annotations or class bodies. A field
# with one of these Python names would shadow it inside the class body (and for
# ``typing.get_type_hints``), so such a field gets a trailing underscore, like a keyword.
MODULE_NAMES = frozenset(
    {
        "Any",
        "UUID",
        "datetime",
        "str",
        "int",
        "bool",
        "dict",
        "list",
        "attrs",
        "UNSET",
        "Unset",
        "float",
        "Literal",
        "Sequence",
        "Mapping",
        # ``attrs`` takes every field as a keyword argument of ``__init__(self, ...)``.
        "self",
        ADDITIONAL_PROPERTIES,
    }
)

_PACKAGE_TEMPLATES = Path(__file__).parent / "templates" / "package" / "ukc_client"
# A module-level name in a template: ``class X``, ``def x``, ``X =``, ``X: T =``, an import.
_TEMPLATE_NAME = re.compile(r"^(?:class|def)\s+(\w+)|^(\w+)\s*(?::[^=]*)?=", re.MULTILINE)
_TEMPLATE_IMPORT = re.compile(r"^(?:from\s+\S+\s+)?import\s+\(?([\w\s,]+?)\)?\s*$", re.MULTILINE)


def _runtime_names() -> frozenset[str]:
    """Every name the package's own code defines or imports at module level, in any of its
    modules (static or templated), and Python's builtins: a model class named like one of them
    would shadow it where models are imported (``OpenEnum``, ``MODELS``, ``DecodeError``,
    ``Client``, ``UNSET``, ``str``)."""
    # ``models.py`` makes ``MODELS`` on first use: no line of a template assigns it.
    names = set(dir(builtins)) | {"MODELS"}
    for source in sorted(path for path in _PACKAGE_TEMPLATES.rglob("*") if path.is_file()):
        text = source.read_text(encoding="utf-8")
        if source.suffix == ".py":
            for node in ast.parse(text).body:
                if isinstance(node, ast.FunctionDef | ast.ClassDef):
                    names.add(node.name)
                elif isinstance(node, ast.Assign | ast.AnnAssign):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    names.update(t.id for t in targets if isinstance(t, ast.Name))
                elif isinstance(node, ast.Import | ast.ImportFrom):
                    names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif source.name.endswith(".jinja"):
            names.update(a or b for a, b in _TEMPLATE_NAME.findall(text))
            for imported in _TEMPLATE_IMPORT.findall(text):
                names.update(n.split(" as ")[-1].strip() for n in imported.split(",") if n.strip())
    return frozenset(name for name in names if name)


# Names no model class may take; a component named like one is renamed (``RENAMED_SUFFIX``).
RUNTIME_NAMES = _runtime_names()
RENAMED_SUFFIX = "Model"


@attrs.frozen
class Rename:
    """A component whose name cannot be its class name, and the class name it got instead."""

    component: str
    class_name: str
    reason: str

    def __str__(self) -> str:
        return f"{schema_ref(self.component)}: class {self.class_name} ({self.reason})"


# Keys of a schema that inform but never change the type.
_ANNOTATION_KEYS = frozenset(
    {"description", "default", "examples", "example", "title", "deprecated", "$comment"}
)
# Every other keyword the generator reads, by form. A keyword outside these sets would be
# ignored, so it is refused with its JSON pointer: a schema is generated whole or not at all.
_KEYWORDS_BY_TYPE: dict[str, frozenset[str]] = {
    "string": frozenset({"type", "format", "pattern", "enum", "minLength", "maxLength"}),
    "integer": frozenset(
        {
            "type",
            "format",
            "x-format",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
        }
    ),
    "boolean": frozenset({"type"}),
    "number": frozenset(
        {
            "type",
            "format",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
        }
    ),
    "array": frozenset({"type", "items", "minItems", "maxItems"}),
    "object": frozenset({"type", "additionalProperties"}),
}
_REFERENCE_KEYWORDS = frozenset({"$ref"})
# ``x-value-types`` is read by the operation graph, which types update values by it.
_MODEL_KEYWORDS = frozenset(
    {"type", "properties", "required", "oneOf", "anyOf", "additionalProperties", "x-value-types"}
)
_UNION_KEYWORDS = frozenset({"oneOf", "anyOf", "discriminator"})
_ENUM_KEYWORDS = frozenset({"type", "enum"})
_CONST_KEYWORDS = frozenset({"type", "const"})
# Every keyword some form reads; a test walks the schema vocabulary against it.
HANDLED_KEYWORDS = _ANNOTATION_KEYS.union(
    *_KEYWORDS_BY_TYPE.values(),
    _REFERENCE_KEYWORDS,
    _MODEL_KEYWORDS,
    _UNION_KEYWORDS,
    _ENUM_KEYWORDS,
    _CONST_KEYWORDS,
)


def refuse_unread_keywords(schema: Mapping[str, Any], read: frozenset[str], pointer: str) -> None:
    """A ``ToolkitError`` for the first keyword of ``schema`` that its form does not read."""
    unread = sorted(set(schema) - read - _ANNOTATION_KEYS)
    if unread:
        raise ToolkitError(
            f"{pointer}/{escape_pointer_token(unread[0])}: the generator does not handle "
            f"{unread[0]!r} here (it reads {', '.join(sorted(read))} and annotations)"
        )


@attrs.frozen
class TypeRef:
    """The type of a field (or of an array's items), with the constraints the spec states.

    ``kind`` names its record in ``KINDS`` (``generator/codegen/kinds.py``), which knows
    everything about that kind. ``name`` is the class name for ``model``, ``enum`` and
    ``union``; ``items`` the item type of an ``array``.
    """

    kind: str
    name: str | None = None
    items: TypeRef | None = None
    format: str | None = None
    pattern: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    # Of a ``number``: whether ``minimum``/``maximum`` are themselves excluded (an integer's
    # exclusive bounds are moved to the next integer instead).
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    multiple_of: int | float | None = None
    min_length: int | None = None
    """``minLength`` of a string, ``minItems`` of an array."""
    max_length: int | None = None
    """``maxLength`` of a string, ``maxItems`` of an array."""
    values: tuple[Any, ...] = ()
    """The JSON values of a ``literal`` (a ``const``, or an enum of several JSON types)."""

    @property
    def annotation(self) -> str:
        """The Python type expression (without ``None`` or ``Unset``)."""
        return KINDS[self.kind].annotation(self)


@attrs.frozen
class FieldSpec:
    """One property of an object schema."""

    python_name: str
    wire_name: str
    type: TypeRef
    required: bool
    # ``None`` is a value of the field: null where the schema admits it (absent is ``UNSET``),
    # or, in a model the client only receives, absent or null.
    nullable: bool
    description: str | None = None
    # The server's behaviour when the field is absent; a client never sends it.
    default: Any = None
    examples: tuple[Any, ...] = ()
    # A field of a model the client only receives: absent reads as ``None`` (an array as an
    # empty list) and the converter keeps whether it was absent outside the type.
    received: bool = False

    @property
    def read_default(self) -> bool:
        """Whether absent reads as a default value (``None``, or ``[]`` for an array)."""
        return self.received and not self.required

    @property
    def empty_list_default(self) -> bool:
        """Whether absent (or null) reads as an empty list."""
        return self.read_default and self.type.kind == "array"

    @property
    def annotation(self) -> str:
        """The field's Python annotation, with ``None`` and ``Unset`` where they apply."""
        text = self.type.annotation
        if self.empty_list_default:
            return text
        if self.nullable:
            text += " | None"
        if not self.required and not self.received:
            text += " | Unset"
        return text


@attrs.frozen
class ModelSpec:
    """An object schema: one attrs class."""

    name: str
    component: str | None
    description: str | None
    fields: tuple[FieldSpec, ...]
    # Groups of wire names; exactly one group must be fully present (``oneOf`` of ``required``).
    exactly_one_of: tuple[tuple[str, ...], ...] = ()
    # Groups of wire names; one group or more must be fully present (``anyOf`` of ``required``).
    at_least_one_of: tuple[tuple[str, ...], ...] = ()
    # Only ever received (reachable from responses, not from request bodies): see ``received``.
    received: bool = False
    # ``additionalProperties: false``: reading a field it does not have is a ``DecodeError``
    # (the JSON breaks the schema), and unknown fields are never written.
    closed: bool = False

    def field_by_wire_name(self, wire_name: str) -> FieldSpec:
        for field in self.fields:
            if field.wire_name == wire_name:
                return field
        raise KeyError(wire_name)


@attrs.frozen
class EnumMember:
    """One value of an enum: its Python member name and its wire value."""

    name: str
    value: str | int


@attrs.frozen
class EnumSpec:
    """A string or integer enum, shared (a component) or inline (named after its model and
    field)."""

    name: str
    component: str | None
    description: str | None
    members: tuple[EnumMember, ...]
    integer: bool = False

    @property
    def base(self) -> str:
        """The runtime class the enum derives from (``types.py``)."""
        return "OpenIntEnum" if self.integer else "OpenEnum"

    @property
    def python_type(self) -> str:
        """The type of its values, as the converter tests a JSON value (``type(v) is ...``)."""
        return "int" if self.integer else "str"


@attrs.frozen
class UnionVariant:
    """A variant of a union: its model and the wire names that tell it apart."""

    model: str
    required: tuple[str, ...]
    properties: tuple[str, ...]
    # The discriminator value that selects this variant, where the union has a discriminator.
    discriminator_values: tuple[str, ...] = ()


@attrs.frozen
class UnionSpec:
    """A real alternative: a component that is only a ``oneOf`` of ``$ref`` s to models."""

    name: str
    component: str
    description: str | None
    variants: tuple[UnionVariant, ...]
    discriminator: str | None = None
    # An ``anyOf``: JSON may fit several variants, so several matches are no error (the
    # converter takes the most specific, else the first listed that reads the JSON).
    any_of: bool = False


@attrs.frozen
class AliasSpec:
    """A component that names a type which is not an object, enum or union."""

    name: str
    component: str
    description: str | None
    type: TypeRef


@attrs.frozen
class ModelGraph:
    """Everything the component schemas define, in a deterministic order."""

    models: tuple[ModelSpec, ...]
    enums: tuple[EnumSpec, ...]
    unions: tuple[UnionSpec, ...]
    aliases: tuple[AliasSpec, ...]
    renames: tuple[Rename, ...] = ()
    """Components whose class is named otherwise, and why."""

    @property
    def components(self) -> dict[str, str]:
        """Component name -> Python name: models, enums, unions, then aliases, each in spec order."""
        named: dict[str, str] = {}
        for group in (self.models, self.enums, self.unions, self.aliases):
            for item in group:
                if item.component is not None:
                    named[item.component] = item.name
        return named

    def model(self, name: str) -> ModelSpec:
        for model in self.models:
            if model.name == name:
                return model
        raise KeyError(name)


def build_model_graph(spec: Mapping[str, Any]) -> ModelGraph:
    """Build the graph of every component schema of ``spec`` (an OpenAPI 3.1 document)."""
    schemas = spec.get("components", {}).get("schemas", {})
    if not isinstance(schemas, Mapping):
        raise ToolkitError(f"{SCHEMA_REF_PREFIX.rstrip('/')}: expected a mapping of schemas")
    return _GraphBuilder(schemas, received_components(spec)).build()


def received_components(spec: Mapping[str, Any]) -> frozenset[str]:
    """The components reachable from a response and from no request body or parameter.

    Their optional fields read as ``None`` (arrays as empty lists) instead of ``UNSET``: the
    client never sends them, so only the round trip needs absent apart from null, and the
    converter keeps that outside the types. A spec without operations has none.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    sent: set[str] = set()
    answered: set[str] = set()
    for record in read_operations(spec):
        for parameter in record.parameters:
            _reach(parameter.schema, schemas, sent)
        if record.request_body is not None:
            _reach(record.request_body.json_schema or {}, schemas, sent)
        for response in record.responses.values():
            _reach(response.json_schema or {}, schemas, answered)
    return frozenset(
        name
        for name in answered - sent
        # Which fields are present must be in the type (``UNSET``) to check these constraints.
        if not exactly_one_of_alternatives(schemas[name], schema_ref(name))
        and not at_least_one_of_alternatives(schemas[name], schema_ref(name))
    )


def _reach(schema: Any, schemas: Mapping[str, Any], seen: set[str]) -> None:
    """Add to ``seen`` every component ``schema`` refers to, directly or through others."""
    if isinstance(schema, Mapping):
        target = ref_target(schema)
        if target is not None:
            if target not in seen and target in schemas:
                seen.add(target)
                _reach(schemas[target], schemas, seen)
            return
        for value in schema.values():
            _reach(value, schemas, seen)
    elif isinstance(schema, list):
        for item in schema:
            _reach(item, schemas, seen)


class _GraphBuilder:
    """Walks the component schemas once; inline enums are named as they are met."""

    def __init__(self, schemas: Mapping[str, Any], received: frozenset[str]) -> None:
        self.schemas = schemas
        self.received = received
        self.field_names = FieldNameResolver()
        self.models: list[ModelSpec] = []
        self.enums: list[EnumSpec] = []
        self.inline_enums: list[EnumSpec] = []
        self.unions: list[UnionSpec] = []
        self.aliases: list[AliasSpec] = []
        self.class_names, self.renames = _class_names(list(schemas))
        self.taken_names: set[str] = set(self.class_names.values())
        # Classes only received: the components ``received`` names, and inline models in them.
        self.received_classes: set[str] = {self.class_names[name] for name in received}

    def build(self) -> ModelGraph:
        for name, schema in self.schemas.items():
            pointer = schema_ref(name)
            if not isinstance(schema, Mapping):
                raise ToolkitError(f"{pointer}: expected a schema object")
            self._build_component(name, schema, pointer)
        return ModelGraph(
            models=tuple(self.models),
            enums=tuple(self.enums + self.inline_enums),
            unions=tuple(self.unions),
            aliases=tuple(self.aliases),
            renames=self.renames,
        )

    def _build_component(self, name: str, schema: Mapping[str, Any], pointer: str) -> None:
        class_name = self.class_names[name]
        description = schema.get("description")
        form = component_form(schema)
        if form is ComponentForm.ENUM:
            refuse_unread_keywords(schema, _ENUM_KEYWORDS, pointer)
            values = _enum_values(schema, pointer)
            if enum_value_kind(values) == "literal":
                self.aliases.append(
                    AliasSpec(class_name, name, description, _literal_type(values, pointer))
                )
            else:
                self.enums.append(self._enum(class_name, name, schema, values))
        elif form is ComponentForm.UNION:
            refuse_unread_keywords(schema, _UNION_KEYWORDS, pointer)
            self.unions.append(self._union(class_name, name, schema, pointer))
        elif form is ComponentForm.MODEL:
            refuse_unread_keywords(schema, _MODEL_KEYWORDS, pointer)
            self.models.append(
                self._model(class_name, name, schema, pointer, name in self.received)
            )
        else:
            type_ref = self._type(schema, pointer, class_name, "")
            self.aliases.append(AliasSpec(class_name, name, description, type_ref))

    def _enum(
        self, class_name: str, component: str | None, schema: Mapping[str, Any], values: list[Any]
    ) -> EnumSpec:
        """A string or an integer enum (``enum_value_kind``) of ``values`` (``schema``'s)."""
        description = schema.get("description")
        members: list[EnumMember] = []
        used: set[str] = set()
        for value in values:
            member_name = _unique(_enum_member_name(value), used)
            members.append(EnumMember(member_name, value))
        integer = enum_value_kind(values) == "integer"
        return EnumSpec(class_name, component, description, tuple(members), integer)

    def _union(
        self, class_name: str, component: str, schema: Mapping[str, Any], pointer: str
    ) -> UnionSpec:
        keyword = union_keyword(schema) or "oneOf"
        discriminator = schema.get("discriminator")
        property_name = discriminator.get("propertyName") if discriminator else None
        mapping = dict(discriminator.get("mapping", {})) if discriminator else {}
        variants: list[UnionVariant] = []
        for index, item in enumerate(schema[keyword]):
            item_pointer = f"{pointer}/{keyword}/{index}"
            target = self._ref_target(item, item_pointer)
            target_schema = self.schemas[target]
            if target_schema.get("type") != "object":
                raise ToolkitError(f"{item_pointer}: a {keyword} variant must be an object schema")
            values = [value for value, ref in mapping.items() if ref == schema_ref(target)]
            if property_name is not None and not values:
                values = [target]  # OpenAPI's implicit mapping: the component name
            variants.append(
                UnionVariant(
                    model=self.class_names[target],
                    required=tuple(target_schema.get("required", ())),
                    properties=tuple(target_schema.get("properties", {})),
                    discriminator_values=tuple(values),
                )
            )
        return UnionSpec(
            class_name,
            component,
            schema.get("description"),
            tuple(variants),
            property_name,
            any_of=keyword == "anyOf",
        )

    def _model(
        self,
        class_name: str,
        component: str | None,
        schema: Mapping[str, Any],
        pointer: str,
        received: bool,
    ) -> ModelSpec:
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        if extra not in (True, False, {}):
            raise ToolkitError(
                f"{pointer}/additionalProperties: beside properties, expected true, false or {{}} "
                "(a schema of the other fields is not supported)"
            )
        required = set(schema.get("required", ()))
        unknown = required - set(properties)
        if unknown:
            raise ToolkitError(f"{pointer}/required: names no property: {sorted(unknown)}")
        used_names: set[str] = set()
        fields: list[FieldSpec] = []
        for wire_name, prop in properties.items():
            prop_pointer = f"{pointer}/properties/{escape_pointer_token(wire_name)}"
            if not isinstance(prop, Mapping):
                raise ToolkitError(f"{prop_pointer}: expected a schema object")
            python_name = _unique(self._python_name(wire_name), used_names)
            type_ref = self._type(prop, prop_pointer, class_name, wire_name)
            is_required = wire_name in required
            examples = prop.get("examples", ())
            fields.append(
                FieldSpec(
                    python_name=python_name,
                    wire_name=wire_name,
                    type=type_ref,
                    required=is_required,
                    # A received model reads absent as ``None``; a sent one writes ``None`` as
                    # null, so only where the schema admits null.
                    nullable=allows_null(prop) or (received and not is_required),
                    description=prop.get("description"),
                    default=prop.get("default"),
                    examples=tuple(examples) if isinstance(examples, list) else (),
                    received=received,
                )
            )
        return ModelSpec(
            name=class_name,
            component=component,
            description=schema.get("description"),
            fields=tuple(fields),
            exactly_one_of=self._groups(
                exactly_one_of_alternatives(schema, pointer), "oneOf", pointer, properties
            ),
            at_least_one_of=self._groups(
                at_least_one_of_alternatives(schema, pointer), "anyOf", pointer, properties
            ),
            received=received,
            closed=extra is False,
        )

    def _groups(
        self,
        groups: tuple[tuple[str, ...], ...],
        keyword: str,
        pointer: str,
        properties: Mapping[str, Any],
    ) -> tuple[tuple[str, ...], ...]:
        for index, names in enumerate(groups):
            missing = [name for name in names if name not in properties]
            if missing:
                raise ToolkitError(
                    f"{pointer}/{keyword}/{index}/required: names no property: {missing}"
                )
        return groups

    def _python_name(self, wire_name: str) -> str:
        name = self.field_names.get_valid_name(wire_name)
        if keyword.iskeyword(name) or name in MODULE_NAMES:
            name += "_"
        return name

    def _type(self, schema: Mapping[str, Any], pointer: str, owner: str, wire_name: str) -> TypeRef:
        """The ``TypeRef`` of a property schema (``owner``/``wire_name`` name inline enums)."""
        if "$ref" in schema:
            refuse_unread_keywords(schema, _REFERENCE_KEYWORDS, pointer)
            return self._ref_type(self._ref_target(schema, pointer))
        other = null_alternative(schema)
        if other is not None:
            # ``anyOf: [X, {type: null}]``: the field is nullable (``allows_null``), of type X.
            keyword_name = "anyOf" if "anyOf" in schema else "oneOf"
            refuse_unread_keywords(schema, frozenset({keyword_name}), pointer)
            index = 1 - schema[keyword_name].index({"type": "null"})
            return self._type(other, f"{pointer}/{keyword_name}/{index}", owner, wire_name)
        for keyword_name in ("anyOf", "oneOf", "allOf"):
            if keyword_name in schema:
                raise ToolkitError(
                    f"{pointer}/{keyword_name}: the generator does not handle this {keyword_name}"
                    " (it reads a component that is only $refs to objects, or one schema beside"
                    " {type: 'null'})"
                )
        if "const" in schema:
            refuse_unread_keywords(schema, _CONST_KEYWORDS, pointer)
            return _literal_type([schema["const"]], f"{pointer}/const")
        if "enum" in schema:
            return self._enum_type(schema, pointer, owner, wire_name)
        types = schema.get("type")
        if isinstance(types, str | list):
            for name in types if isinstance(types, list) else [types]:
                if name != "null" and name not in _KEYWORDS_BY_TYPE:
                    raise ToolkitError(f"{pointer}: type {name!r} is not a spec form")
            non_null = [name for name in types if name != "null"] if isinstance(types, list) else []
            kind = types if isinstance(types, str) else (non_null[0] if non_null else "null")
            if kind == "object" and (
                "properties" in schema or schema.get("additionalProperties") is False
            ):
                return self._inline_model(schema, pointer, owner, wire_name)
            refuse_unread_keywords(schema, _KEYWORDS_BY_TYPE.get(kind, frozenset()), pointer)
        if isinstance(types, list):
            non_null = [t for t in types if t != "null"]
            if len(non_null) != 1:
                raise ToolkitError(f"{pointer}: expected one type besides null, got {types}")
            types = non_null[0]
        if types is None:
            forms = set(schema) - _ANNOTATION_KEYS
            if forms:
                raise ToolkitError(f"{pointer}: a schema without type has keys {sorted(forms)}")
            return TypeRef("any")
        if types == "string":
            return self._string_type(schema, pointer, owner, wire_name)
        if types == "integer":
            return _integer_type(schema, pointer)
        if types == "boolean":
            return TypeRef("boolean")
        if types == "number":
            return _number_type(schema, pointer)
        if types == "array":
            items = schema.get("items")
            if not isinstance(items, Mapping):
                raise ToolkitError(f"{pointer}/items: expected a schema object")
            item_type = self._type(items, f"{pointer}/items", owner, wire_name + "_item")
            if item_type.kind == "array":
                raise ToolkitError(f"{pointer}/items: arrays of arrays are not a spec form")
            low, high = _lengths(schema, "minItems", "maxItems", pointer)
            return TypeRef("array", items=item_type, min_length=low, max_length=high)
        if types == "object":
            extra = schema.get("additionalProperties")
            if extra is None or extra is True or extra == {}:
                return TypeRef("json_object")
            if isinstance(extra, Mapping) and extra.get("type") == "string":
                refuse_unread_keywords(
                    extra, frozenset({"type"}), f"{pointer}/additionalProperties"
                )
                return TypeRef("string_map")
            raise ToolkitError(f"{pointer}/additionalProperties: expected {{type: string}}")
        raise ToolkitError(f"{pointer}: type {types!r} is not a spec form")

    def _enum_type(
        self, schema: Mapping[str, Any], pointer: str, owner: str, wire_name: str
    ) -> TypeRef:
        """An inline enum: a class named after its place (``<Model><Field>``) for strings or
        integers, where null rides on the type list and the field; else a ``Literal``."""
        refuse_unread_keywords(schema, _ENUM_KEYWORDS, pointer)
        values = _enum_values(schema, pointer)
        if allows_null(schema):
            values = [value for value in values if value is not None]
        kind = enum_value_kind(values)
        if kind == "literal":
            return _literal_type(values, pointer)
        name = self._inline_class_name(owner, wire_name)
        self.inline_enums.append(self._enum(name, None, schema, values))
        if kind == "integer":
            return TypeRef("int_enum", name=name)
        return TypeRef("enum", name=name)

    def _inline_model(
        self, schema: Mapping[str, Any], pointer: str, owner: str, wire_name: str
    ) -> TypeRef:
        """An inline object schema: a model of its own, named after its place like an inline
        enum (``Outer.inner`` is ``OuterInner``, an item of ``Outer.pets`` ``OuterPetsItem``),
        read and written in the direction of the model that holds it."""
        refuse_unread_keywords(schema, _MODEL_KEYWORDS, pointer)
        name = self._inline_class_name(owner, wire_name, RENAMED_SUFFIX)
        received = (
            owner in self.received_classes
            and not exactly_one_of_alternatives(schema, pointer)
            and not at_least_one_of_alternatives(schema, pointer)
        )
        if received:
            self.received_classes.add(name)
        self.models.append(self._model(name, None, schema, pointer, received))
        return TypeRef("model", name=name)

    def _string_type(
        self, schema: Mapping[str, Any], pointer: str, owner: str, wire_name: str
    ) -> TypeRef:
        string_format = schema.get("format")
        pattern = schema.get("pattern")
        if string_format == UUID_FORMAT:
            return TypeRef("uuid", format=UUID_FORMAT, pattern=pattern)
        if string_format == DATETIME_FORMAT:
            return TypeRef("datetime", format=DATETIME_FORMAT, pattern=pattern)
        if string_format is not None:
            raise ToolkitError(f"{pointer}/format: string format {string_format!r} is unknown")
        low, high = _lengths(schema, "minLength", "maxLength", pointer)
        return TypeRef("string", pattern=pattern, min_length=low, max_length=high)

    def _inline_class_name(self, owner: str, wire_name: str, suffix: str = "Enum") -> str:
        """``<Owner><Field>``, with ``suffix`` (and a number) where a class or a name of the
        runtime has it already."""
        words = self.field_names.get_valid_name(wire_name).split("_")
        base = owner + "".join(word[:1].upper() + word[1:] for word in words if word)
        name = base
        counter = 1
        while name in self.taken_names or not _keeps_name(name):
            name = f"{base}{suffix}" if counter == 1 else f"{base}{suffix}{counter}"
            counter += 1
        self.taken_names.add(name)
        return name

    def _ref_target(self, schema: Any, pointer: str) -> str:
        target = ref_target(schema)
        if target is None:
            raise ToolkitError(f"{pointer}: expected a $ref to {SCHEMA_REF_PREFIX}<name>")
        if target not in self.schemas:
            raise ToolkitError(f"{pointer}/$ref: no component named {target!r}")
        return target

    def _ref_type(self, target: str) -> TypeRef:
        schema = self.schemas[target]
        name = self.class_names[target]
        form = component_form(schema)
        if form is ComponentForm.ALIAS:
            # An alias: the field takes the aliased type itself.
            return self._type(schema, schema_ref(target), name, "")
        if form is ComponentForm.ENUM:
            values = _enum_values(schema, schema_ref(target))
            kind = enum_value_kind(values)
            if kind == "literal":
                return _literal_type(values, schema_ref(target))
            if kind == "integer":
                return TypeRef("int_enum", name=name)
        return TypeRef(form.value, name=name)


def _integer_type(schema: Mapping[str, Any], pointer: str) -> TypeRef:
    # Unsigned formats are kept as ``x-format`` (``format`` is only for the registered ones).
    format_name = integer_format(schema)
    if format_name is not None and format_name not in INTEGER_FORMAT_BOUNDS:
        raise ToolkitError(f"{pointer}/format: integer format {format_name!r} is unknown")
    low, high = INTEGER_FORMAT_BOUNDS.get(format_name or "", (None, None))
    bounds = {
        "minimum": schema.get("minimum"),
        "maximum": schema.get("maximum"),
        # 3.1 (JSON Schema) exclusive bounds are numbers; of an integer, the next one counts.
        "exclusiveMinimum": _next_integer(schema.get("exclusiveMinimum"), 1, pointer),
        "exclusiveMaximum": _next_integer(schema.get("exclusiveMaximum"), -1, pointer),
    }
    for keyword_name, bound in bounds.items():
        if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int)):
            raise ToolkitError(f"{pointer}/{keyword_name}: expected an integer, got {bound!r}")
    lows = [b for b in (low, bounds["minimum"], bounds["exclusiveMinimum"]) if b is not None]
    highs = [b for b in (high, bounds["maximum"], bounds["exclusiveMaximum"]) if b is not None]
    minimum, maximum = max(lows, default=None), min(highs, default=None)
    if minimum is not None and maximum is not None and minimum > maximum:
        raise ToolkitError(f"{pointer}: no integer lies between the bounds {minimum}..{maximum}")
    step = _multiple_of(schema, pointer, minimum, maximum)
    if step is not None and not isinstance(step, int):
        raise ToolkitError(f"{pointer}/multipleOf: expected an integer step, got {step!r}")
    return TypeRef(
        "integer", format=format_name, minimum=minimum, maximum=maximum, multiple_of=step
    )


def _next_integer(bound: Any, step: int, pointer: str) -> Any:
    """The first integer past an exclusive bound (a number), or the bound as it is to refuse."""
    if isinstance(bound, bool) or not isinstance(bound, int | float):
        return bound
    return math.floor(bound) + 1 if step > 0 else math.ceil(bound) - 1


def _lengths(
    schema: Mapping[str, Any], low_keyword: str, high_keyword: str, pointer: str
) -> tuple[int | None, int | None]:
    """A length or size range (``minLength``/``maxLength``, ``minItems``/``maxItems``)."""
    low, high = schema.get(low_keyword), schema.get(high_keyword)
    for keyword_name, value in ((low_keyword, low), (high_keyword, high)):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise ToolkitError(f"{pointer}/{keyword_name}: expected a count, got {value!r}")
    if low is not None and high is not None and low > high:
        raise ToolkitError(f"{pointer}/{high_keyword}: {high} is less than {low_keyword} {low}")
    return low, high


def _enum_values(schema: Mapping[str, Any], pointer: str) -> list[Any]:
    values = schema["enum"]
    if not isinstance(values, list) or not values:
        raise ToolkitError(f"{pointer}/enum: expected a list of values")
    if len({(type(value), repr(value)) for value in values}) != len(values):
        raise ToolkitError(f"{pointer}/enum: a value is listed twice")
    return values


def _literal_type(values: list[Any], pointer: str) -> TypeRef:
    """A ``Literal`` of JSON scalars: a ``const``, or an enum of several JSON types (or with
    null, where no type list carries it). Strings, integers, booleans and null only: Python's
    ``Literal`` holds no float, object or array."""
    for value in values:
        if value is not None and not isinstance(value, str | int):
            raise ToolkitError(
                f"{pointer}: a constant or enum value {value!r} is not supported "
                "(expected strings, integers, booleans or null)"
            )
    return TypeRef("literal", values=tuple(values))


def _number_type(schema: Mapping[str, Any], pointer: str) -> TypeRef:
    if schema.get("format", "double") not in ("float", "double"):
        raise ToolkitError(f"{pointer}/format: number format {schema['format']!r} is unknown")
    numbers = {}
    for keyword_name in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = schema.get(keyword_name)
        if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int | float)):
            raise ToolkitError(f"{pointer}/{keyword_name}: expected a number, got {bound!r}")
        numbers[keyword_name] = bound
    # Of an inclusive and an exclusive bound on one side, the tighter one holds.
    low, low_excluded = _tighter(numbers["minimum"], numbers["exclusiveMinimum"], 1)
    high, high_excluded = _tighter(numbers["maximum"], numbers["exclusiveMaximum"], -1)
    if (
        low is not None
        and high is not None
        and (low > high or (low == high and (low_excluded or high_excluded)))
    ):
        raise ToolkitError(f"{pointer}: no number lies between the bounds {low}..{high}")
    return TypeRef(
        "number",
        format=schema.get("format"),
        minimum=low,
        maximum=high,
        exclusive_minimum=low_excluded,
        exclusive_maximum=high_excluded,
        multiple_of=_multiple_of(schema, pointer, low, high),
    )


def _tighter(
    inclusive: int | float | None, exclusive: int | float | None, direction: int
) -> tuple[int | float | None, bool]:
    """The bound that holds on one side (``direction`` 1: the lower), and whether it is
    excluded."""
    if exclusive is None:
        return inclusive, False
    if inclusive is None or (exclusive - inclusive) * direction >= 0:
        return exclusive, True
    return inclusive, False


def _multiple_of(
    schema: Mapping[str, Any],
    pointer: str,
    low: int | float | None,
    high: int | float | None,
) -> int | float | None:
    step = schema.get("multipleOf")
    if step is None:
        return None
    if isinstance(step, bool) or not isinstance(step, int | float) or step <= 0:
        raise ToolkitError(f"{pointer}/multipleOf: expected a number above 0, got {step!r}")
    if low is not None and high is not None and math.ceil(low / step) > math.floor(high / step):
        raise ToolkitError(f"{pointer}/multipleOf: no multiple of {step} lies in {low}..{high}")
    return step


def _class_names(components: list[str]) -> tuple[dict[str, str], tuple[Rename, ...]]:
    """The class name of every component, and the components renamed.

    A component keeps its name when that is a public Python identifier no runtime name,
    keyword or builtin takes; otherwise its characters outside identifiers become ``_``, a name
    that does not start with a letter gets ``Schema`` before it, and a reserved one ``Model``
    after it (``DecodeError`` -> ``DecodeErrorModel``), with a number until it is unique.
    """
    taken = {name for name in components if _keeps_name(name)}
    names: dict[str, str] = {}
    renames: list[Rename] = []
    for component in components:
        if component in taken:
            names[component] = component
            continue
        base = re.sub(r"\W", "_", component, flags=re.ASCII)
        if not base[:1].isalpha():
            base = "Schema" + base
        if re.fullmatch(r"[A-Za-z]\w*", component, flags=re.ASCII) is None:
            reason = "not a Python class name"
        elif keyword.iskeyword(component):
            reason = "a Python keyword"
        else:
            reason = "a name of the package's runtime or a Python builtin"
        if not _keeps_name(base):
            base += RENAMED_SUFFIX
        name, counter = base, 2
        while name in taken:
            name, counter = f"{base}{counter}", counter + 1
        taken.add(name)
        names[component] = name
        renames.append(Rename(component, name, reason))
    return names, tuple(renames)


def _keeps_name(name: str) -> bool:
    return (
        re.fullmatch(r"[A-Za-z]\w*", name, flags=re.ASCII) is not None
        and not keyword.iskeyword(name)
        and name not in MODULE_NAMES
        and name not in RUNTIME_NAMES
    )


def _enum_member_name(value: str | int) -> str:
    if isinstance(value, int):
        return f"V_{value}" if value >= 0 else f"V_MINUS_{-value}"
    name = "".join(char if char.isalnum() else "_" for char in value).upper().strip("_")
    if not name:
        name = "EMPTY"
    if name[0].isdigit():
        name = "V_" + name
    return name


def _unique(name: str, used: set[str]) -> str:
    candidate = name
    counter = 2
    while candidate in used:
        candidate = f"{name}{counter}"
        counter += 1
    used.add(candidate)
    return candidate
