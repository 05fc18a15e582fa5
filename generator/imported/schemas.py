"""A published document's schemas rewritten into the spec conventions, each rewrite reported.

``docs/spec-conventions.md`` lists the forms the later stages read. A published OpenAPI document
(3.0 or 3.1) states the same facts in other forms; this module rewrites them, and records every
rewrite in the report under its JSON pointer:

- a property ``allOf: [$ref]`` with a description is the ``$ref`` with that description;
- a component's ``allOf`` is merged into one object: its own properties, those of each object
  part, of each referenced component and of each ``oneOf`` part;
- a ``oneOf`` of one inline object adds that object's properties (optional unless it requires
  them); a ``oneOf`` of inline objects of one property each is an *exactly one of* constraint;
  any other ``oneOf`` of inline objects becomes a union of named variant components;
- a ``oneOf`` variant that requires nothing, so that every object matches each variant and no
  JSON satisfies the ``oneOf``, requires its own properties (a defect of the document);
- ``uuid`` and ``name`` both marked required yet documented as mutually exclusive resolve, as
  on the page, to exactly one of them;
- 3.0's ``nullable`` becomes a type list with ``"null"``; ``example`` becomes ``examples``
  (dropped when it does not validate against its schema);
- 3.0's boolean ``exclusiveMinimum``/``exclusiveMaximum`` become 3.1's numbers; an inline
  object's properties are rewritten like a component's, ``additionalProperties: false``
  kept; a component that is only an ``anyOf`` of ``$ref`` s stays a union;
- integral float bounds become integers; the unsigned integer formats move to ``x-format`` with
  their bounds, the registered ones gain theirs; ``format: enum`` beside ``enum`` and
  ``format: regex`` on a plain string are dropped; ``readOnly`` is dropped.

A form outside this list is a ``ToolkitError`` naming its JSON pointer, never passed on.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from generator.errors import ToolkitError
from generator.openapi.formats import INTEGER_FORMAT_BOUNDS, REGISTERED_INTEGER_FORMATS
from generator.openapi.forms import exactly_one_of, union_keyword
from generator.openapi.refs import escape_pointer_token, ref_target, schema_pointer, schema_ref
from generator.spec.report import HIGH, LOW, MEDIUM, NormalizationReport

# The rule the page's normalizer applies to ``uuid``/``name`` pairs, read from the same words.
_MUTUALLY_EXCLUSIVE = re.compile(r"Mutually exclusive with (UUID|name)", re.IGNORECASE)
_OPTIONAL_PROSE = re.compile(r"^\s*\(Optional\)", re.IGNORECASE)
# Keys that describe a schema without constraining it.
_ANNOTATIONS = ("description", "title", "example", "examples", "default", "deprecated")
# Keys a property schema of a published document may carry, besides the annotations.
_PROPERTY_KEYS = frozenset(
    {
        "type",
        "format",
        "enum",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "const",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "$ref",
        "allOf",
        "nullable",
        "readOnly",
        *_ANNOTATIONS,
    }
)
_COMPOSITION_KEYS = frozenset(
    {"type", "properties", "required", "allOf", "oneOf", "additionalProperties", *_ANNOTATIONS}
)
# Variant titles written the way the spec's names write them.
_TITLE_WORDS = {"uuid": "UUID", "id": "ID", "url": "URL", "dns": "DNS"}


class SchemaRewriter:
    """Rewrites every component schema of one document; ``components`` is the result."""

    def __init__(
        self, schemas: Mapping[str, Any], report: NormalizationReport, *, nullable_keyword: bool
    ) -> None:
        self.source = schemas
        self.report = report
        # ``nullable`` is a keyword of OpenAPI 3.0 only; in a 3.1 document it is an error.
        self.nullable_keyword = nullable_keyword
        self.components: dict[str, dict[str, Any]] = {}
        self.added: dict[str, dict[str, Any]] = {}
        self._in_progress: set[str] = set()

    def rewrite_all(self) -> dict[str, dict[str, Any]]:
        for name in self.source:
            self.component(name)
        merged = {name: self.components[name] for name in self.source}
        for name, schema in self.added.items():
            if name in merged:
                raise ToolkitError(f"{schema_pointer(name)}: a union variant would take this name")
            merged[name] = schema
        _check_examples(merged, self.report)
        return merged

    # -- components ---------------------------------------------------------------------------

    def component(self, name: str) -> dict[str, Any]:
        """The rewritten component ``name`` (rewritten once, on first use)."""
        if name in self.components:
            return self.components[name]
        pointer = schema_pointer(name)
        schema = self.source.get(name)
        if not isinstance(schema, Mapping):
            raise ToolkitError(f"{pointer}: expected a schema object")
        if name in self._in_progress:
            raise ToolkitError(f"{pointer}/allOf: the component includes itself")
        self._in_progress.add(name)
        if "allOf" in schema or "oneOf" in schema or "properties" in schema:
            rewritten = self._object_component(name, schema, pointer)
        elif union_keyword(schema) == "anyOf" and set(schema) <= {"anyOf", *_ANNOTATIONS}:
            # A union of components, read by the generator as it is.
            rewritten = copy.deepcopy(dict(schema))
        else:
            rewritten = self.property_schema(schema, pointer)
        self._in_progress.discard(name)
        self.components[name] = rewritten
        return rewritten

    def _object_component(
        self, name: str, schema: Mapping[str, Any], pointer: str
    ) -> dict[str, Any]:
        unknown = set(schema) - _COMPOSITION_KEYS
        if unknown:
            raise ToolkitError(f"{pointer}: keys {sorted(unknown)} beside properties or allOf")
        if schema.get("type", "object") != "object":
            raise ToolkitError(f"{pointer}/type: expected object beside properties or allOf")
        parts = _ObjectParts()
        parts.add_object(schema, pointer, self)
        for index, item in enumerate(schema.get("allOf", ())):
            item_pointer = f"{pointer}/allOf/{index}"
            target = ref_target(item)
            if target is not None:
                if target not in self.source:
                    raise ToolkitError(f"{item_pointer}/$ref: no component named {target!r}")
                included = self.component(target)
                if included.get("type") != "object":
                    raise ToolkitError(f"{item_pointer}: allOf may include object components only")
                parts.add_rewritten(included)
                self._note(
                    "composition",
                    item_pointer,
                    f"merged the properties of `{target}` into `{name}`",
                    "allOf includes the component; the conventions have no composition",
                    HIGH,
                )
            elif isinstance(item, Mapping) and set(item) <= _COMPOSITION_KEYS:
                parts.add_object(item, item_pointer, self)
                self._note(
                    "composition",
                    item_pointer,
                    f"merged this allOf part into `{name}`",
                    "an allOf of object parts is one object with all their properties",
                    HIGH,
                )
            else:
                raise ToolkitError(f"{item_pointer}: expected a $ref or an object schema")
        union = self._apply_one_ofs(name, parts)
        if union is not None:
            return union
        self._resolve_mutually_exclusive(name, parts, pointer)
        result: dict[str, Any] = {"type": "object"}
        if "description" in schema:
            result["description"] = schema["description"]
        result["properties"] = parts.properties
        required = [field for field in parts.required if field not in parts.optional_now]
        missing = [field for field in required if field not in parts.properties]
        if missing:
            raise ToolkitError(f"{pointer}/required: names no property: {missing}")
        if required:
            result["required"] = list(dict.fromkeys(required))
        if parts.alternatives:
            result["oneOf"] = exactly_one_of_groups(parts.alternatives)
        if schema.get("additionalProperties") is False:
            result["additionalProperties"] = False
        elif schema.get("additionalProperties", True) not in (True, {}):
            raise ToolkitError(
                f"{pointer}/additionalProperties: beside properties, expected true, false or {{}}"
            )
        return result

    def _apply_one_ofs(self, name: str, parts: _ObjectParts) -> dict[str, Any] | None:
        """Fold every ``oneOf`` part into ``parts``; a union of named variants when the
        component is nothing but a choice between objects of several properties."""
        for variants, pointer in parts.one_ofs:
            if len(variants) == 1:
                variant = variants[0]
                parts.add_object(variant, f"{pointer}/0", self)
                self._note(
                    "one-of",
                    pointer,
                    f"the properties of its one variant became properties of `{name}`",
                    "a oneOf of one object is that object (a protobuf optional field)",
                    HIGH,
                )
                continue
            groups = [
                self._variant_required(variant, variants, pointer, i)
                for i, variant in enumerate(variants)
            ]
            if all(len(variant.get("properties", {})) == 1 for variant in variants):
                for index, variant in enumerate(variants):
                    parts.add_object(variant, f"{pointer}/{index}", self, optional=True)
                parts.alternatives.append(tuple(groups))
                self._note(
                    "exactly-one",
                    pointer,
                    "exactly one of "
                    + ", ".join(f"`{g[0]}`" for g in groups)
                    + f" on `{name}` (`oneOf` of `required`)",
                    "each variant of the oneOf is an object of one property",
                    HIGH,
                )
                continue
            if parts.properties or len(parts.one_ofs) > 1:
                raise ToolkitError(
                    f"{pointer}: a oneOf of objects of several properties beside other "
                    "properties is not a spec form"
                )
            return self._union(name, variants, groups, pointer)
        return None

    def _variant_required(
        self, variant: Any, variants: list[Any], pointer: str, index: int
    ) -> tuple[str, ...]:
        variant_pointer = f"{pointer}/{index}"
        if not isinstance(variant, Mapping) or "properties" not in variant:
            raise ToolkitError(f"{variant_pointer}: expected an inline object variant")
        required = tuple(variant.get("required", ()))
        if required:
            return required
        others = {
            field
            for other in variants
            if other is not variant
            for field in other.get("properties", {})
        }
        own = tuple(field for field in variant["properties"] if field not in others)
        if not own:
            raise ToolkitError(f"{variant_pointer}: a variant with no property of its own")
        self._note(
            "contradiction",
            variant_pointer,
            "the variant requires " + ", ".join(f"`{f}`" for f in own),
            "no variant requires anything, so every object matches all of them and no JSON "
            "satisfies the oneOf; each variant is told apart by its own properties",
            LOW,
        )
        return own

    def _union(
        self, name: str, variants: list[Any], groups: list[tuple[str, ...]], pointer: str
    ) -> dict[str, Any]:
        references = []
        for index, (variant, required) in enumerate(zip(variants, groups, strict=True)):
            title = variant.get("title") or "_".join(required)
            variant_name = (
                name
                + "By"
                + "".join(
                    _TITLE_WORDS.get(word, word[:1].upper() + word[1:])
                    for word in re.split(r"[^A-Za-z0-9]+", str(title))
                    if word
                )
            )
            parts = _ObjectParts()
            parts.add_object(variant, f"{pointer}/{index}", self)
            self.added[variant_name] = {
                "type": "object",
                "description": variant.get("description", f"`{name}` by its {title}."),
                "properties": parts.properties,
                "required": list(required),
            }
            references.append({"$ref": schema_ref(variant_name)})
            self._note(
                "one-of",
                f"{pointer}/{index}",
                f"the variant became the component `{variant_name}`",
                "a real alternative is a oneOf of $refs to named variants",
                HIGH,
            )
        result: dict[str, Any] = {"oneOf": references}
        description = self.source[name].get("description")
        if description:
            result["description"] = description
        return result

    def _resolve_mutually_exclusive(self, name: str, parts: _ObjectParts, pointer: str) -> None:
        uuid, name_field = parts.properties.get("uuid"), parts.properties.get("name")
        if uuid is None or name_field is None:
            return
        if any(set(group) & {"uuid", "name"} for group in _flatten(parts.alternatives)):
            return
        texts = [str(uuid.get("description", "")), str(name_field.get("description", ""))]
        if not all(_MUTUALLY_EXCLUSIVE.search(text) for text in texts):
            return
        if any(_OPTIONAL_PROSE.search(text) for text in texts):
            # "(Optional)": neither need be given (another field stands in for both).
            return
        both_required = {"uuid", "name"} <= set(parts.required)
        parts.optional_now |= {"uuid", "name"}
        parts.alternatives.append((("uuid",), ("name",)))
        self._note(
            "contradiction" if both_required else "exactly-one",
            pointer,
            f"exactly one of `uuid`, `name` on `{name}` (`oneOf` of `required`)",
            "both are marked required, yet each is documented as mutually exclusive with the "
            "other: the contradiction resolves to exactly one"
            if both_required
            else "each is documented as mutually exclusive with the other",
            HIGH,
        )

    # -- property schemas ---------------------------------------------------------------------

    def property_schema(self, schema: Any, pointer: str) -> dict[str, Any]:
        """A property (or parameter, item, alias) schema in the conventions' forms."""
        if not isinstance(schema, Mapping):
            raise ToolkitError(f"{pointer}: expected a schema object")
        unknown = set(schema) - _PROPERTY_KEYS
        if unknown:
            raise ToolkitError(f"{pointer}: schema keys {sorted(unknown)} are not understood")
        result = dict(schema)
        if "allOf" in result:
            result = self._unwrap_all_of(result, pointer)
        if "$ref" in result:
            target = ref_target(result)
            if target is None or target not in self.source:
                raise ToolkitError(f"{pointer}/$ref: expected a component, got {result['$ref']!r}")
            extra = set(result) - {"$ref", *_ANNOTATIONS}
            if extra:
                raise ToolkitError(f"{pointer}: keys {sorted(extra)} beside $ref")
        if "nullable" in result:
            result = self._nullable(result, pointer)
        if "readOnly" in result:
            del result["readOnly"]
            self._note(
                "format",
                f"{pointer}/readOnly",
                "dropped `readOnly`",
                "the conventions do not use readOnly: the client reads what the server sends",
                MEDIUM,
            )
        if "example" in result:
            example = result.pop("example")
            if isinstance(example, datetime.date):
                # YAML reads an unquoted timestamp as a date; JSON has only its text.
                text = example.isoformat().replace("+00:00", "Z")
                self._note(
                    "format",
                    f"{pointer}/example",
                    f"the example became the string {text!r}",
                    "YAML read the unquoted timestamp as a date; JSON examples are text",
                    HIGH,
                )
                example = text
            result.setdefault("examples", [example])
        result.pop("title", None)
        self._formats(result, pointer)
        self._bounds(result, pointer)
        if "properties" in result:
            # An inline object: the generator names its model from its place.
            result["properties"] = {
                field: self.property_schema(
                    prop, f"{pointer}/properties/{escape_pointer_token(field)}"
                )
                for field, prop in result["properties"].items()
            }
        if "items" in result:
            result["items"] = self.property_schema(result["items"], f"{pointer}/items")
        extra_properties = result.get("additionalProperties")
        if isinstance(extra_properties, Mapping):
            result["additionalProperties"] = self.property_schema(
                extra_properties, f"{pointer}/additionalProperties"
            )
        return result

    def _unwrap_all_of(self, schema: dict[str, Any], pointer: str) -> dict[str, Any]:
        parts = schema.pop("allOf")
        if not isinstance(parts, list) or len(parts) != 1 or ref_target(parts[0]) is None:
            raise ToolkitError(f"{pointer}/allOf: a property's allOf may hold one $ref only")
        extra = set(schema) - set(_ANNOTATIONS)
        if extra:
            raise ToolkitError(f"{pointer}: keys {sorted(extra)} beside allOf")
        if set(parts[0]) != {"$ref"}:
            raise ToolkitError(f"{pointer}/allOf/0: keys beside $ref")
        self._note(
            "composition",
            f"{pointer}/allOf",
            f"`allOf: [$ref]` became the `$ref` to `{ref_target(parts[0])}`",
            "OpenAPI 3.0 needed allOf to give a $ref a description; 3.1 allows it beside $ref",
            HIGH,
        )
        return {"$ref": parts[0]["$ref"], **schema}

    def _nullable(self, schema: dict[str, Any], pointer: str) -> dict[str, Any]:
        if not self.nullable_keyword:
            raise ToolkitError(
                f"{pointer}/nullable: not a keyword of OpenAPI 3.1 (use a type list)"
            )
        nullable = schema.pop("nullable")
        if nullable is True:
            if not isinstance(schema.get("type"), str):
                raise ToolkitError(f"{pointer}/nullable: expected beside a single type")
            schema["type"] = [schema["type"], "null"]
        self._note(
            "nullable",
            f"{pointer}/nullable",
            f"`nullable: {str(nullable).lower()}` became the type {schema.get('type')!r}",
            "OpenAPI 3.1 writes null as a type",
            HIGH,
        )
        return schema

    def _formats(self, schema: dict[str, Any], pointer: str) -> None:
        kind, value = schema.get("type"), schema.get("format")
        if value is None:
            return
        if kind == "integer" and value in INTEGER_FORMAT_BOUNDS:
            low, high = INTEGER_FORMAT_BOUNDS[value]
            if value not in REGISTERED_INTEGER_FORMATS:
                del schema["format"]
                schema["x-format"] = value
                self._note(
                    "format",
                    f"{pointer}/format",
                    f"`format: {value}` became `x-format: {value}` with its bounds",
                    "not a registered OpenAPI format, so the bounds carry it",
                    HIGH,
                )
            schema.setdefault("minimum", low)
            schema.setdefault("maximum", high)
        elif kind == "string" and value == "enum" and "enum" in schema:
            del schema["format"]
            self._note(
                "format",
                f"{pointer}/format",
                "dropped `format: enum`",
                "`enum` already says it; enum is not a string format",
                HIGH,
            )
        elif kind == "string" and value == "regex":
            del schema["format"]
            self._note(
                "format",
                f"{pointer}/format",
                "dropped `format: regex`",
                "the value is a plain string"
                + (" checked by its own `pattern`" if "pattern" in schema else "")
                + ", not a regular expression",
                MEDIUM,
            )

    def _bounds(self, schema: dict[str, Any], pointer: str) -> None:
        for key, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            excluded = schema.get(key)
            if isinstance(excluded, bool):
                # 3.0 marks ``minimum`` excluded; 3.1 (JSON Schema) gives the bound itself.
                del schema[key]
                if excluded and bound in schema:
                    schema[key] = schema.pop(bound)
                self._note(
                    "bound",
                    f"{pointer}/{key}",
                    f"`{key}: {str(excluded).lower()}` became "
                    + (f"`{key}: {schema[key]}`" if key in schema else "nothing"),
                    "OpenAPI 3.1 writes an exclusive bound as a number",
                    HIGH,
                )
        for key in ("minimum", "maximum"):
            value = schema.get(key)
            if isinstance(value, float) and value.is_integer():
                schema[key] = int(value)
                self._note(
                    "bound",
                    f"{pointer}/{key}",
                    f"`{key}: {value}` became `{int(value)}`",
                    "an integral bound of an integer is an integer",
                    HIGH,
                )

    def _note(self, kind: str, pointer: str, decision: str, evidence: str, confidence: str) -> None:
        self.report.add(kind, pointer, decision, evidence, confidence)


class _ObjectParts:
    """The properties, requirements and constraints a composed component collects."""

    def __init__(self) -> None:
        self.properties: dict[str, Any] = {}
        self.required: list[str] = []
        self.optional_now: set[str] = set()
        self.one_ofs: list[tuple[list[Any], str]] = []
        self.alternatives: list[tuple[tuple[str, ...], ...]] = []

    def add_object(
        self,
        schema: Mapping[str, Any],
        pointer: str,
        rewriter: SchemaRewriter,
        optional: bool = False,
    ) -> None:
        if not isinstance(schema, Mapping):
            raise ToolkitError(f"{pointer}: expected an object schema")
        if schema.get("type", "object") != "object":
            raise ToolkitError(f"{pointer}/type: expected an object")
        unknown = set(schema) - _COMPOSITION_KEYS
        if unknown:
            raise ToolkitError(f"{pointer}: keys {sorted(unknown)} are not understood here")
        for field, prop in (schema.get("properties") or {}).items():
            if field in self.properties:
                raise ToolkitError(
                    f"{pointer}/properties/{escape_pointer_token(field)}: defined twice"
                )
            self.properties[field] = rewriter.property_schema(
                prop, f"{pointer}/properties/{escape_pointer_token(field)}"
            )
        if not optional:
            self.required.extend(schema.get("required", ()))
        one_of = schema.get("oneOf")
        if one_of is not None:
            if not isinstance(one_of, list) or not one_of:
                raise ToolkitError(f"{pointer}/oneOf: expected a list of variants")
            self.one_ofs.append((list(one_of), f"{pointer}/oneOf"))

    def add_rewritten(self, schema: Mapping[str, Any]) -> None:
        for field, prop in schema.get("properties", {}).items():
            self.properties[field] = copy.deepcopy(prop)
        self.required.extend(schema.get("required", ()))
        if "oneOf" in schema:
            self.alternatives.append(tuple(tuple(item["required"]) for item in schema["oneOf"]))


def exactly_one_of_groups(alternatives: list[tuple[tuple[str, ...], ...]]) -> list[Any]:
    """The ``oneOf`` of ``required`` lists for the (one) exactly-one-of constraint."""
    groups = _flatten(alternatives)
    if len(alternatives) != 1 or any(len(group) != 1 for group in groups):
        raise ToolkitError("an object may carry one exactly-one-of constraint of single fields")
    return exactly_one_of(group[0] for group in groups)


def _flatten(alternatives: list[tuple[tuple[str, ...], ...]]) -> list[tuple[str, ...]]:
    return [group for constraint in alternatives for group in constraint]


def _check_examples(components: dict[str, dict[str, Any]], report: NormalizationReport) -> None:
    """Drop every example that does not validate against its own schema, and say so."""
    root = {"components": {"schemas": components}}

    def walk(node: Any, pointer: str) -> None:
        if not isinstance(node, dict):
            return
        examples = node.get("examples")
        if isinstance(examples, list):
            schema = {key: value for key, value in node.items() if key != "examples"}
            validator = Draft202012Validator({**schema, **root})
            kept = [example for example in examples if validator.is_valid(example)]
            for example in examples:
                if example not in kept:
                    report.add(
                        "example",
                        f"{pointer}/examples",
                        f"dropped the example {example!r}",
                        "it does not validate against its own schema (wrong type or value)",
                        LOW,
                    )
            if kept:
                node["examples"] = kept
            else:
                del node["examples"]
        for key, value in node.items():
            if key in ("properties",) and isinstance(value, dict):
                for field, prop in value.items():
                    walk(prop, f"{pointer}/properties/{escape_pointer_token(field)}")
            elif key in ("items", "additionalProperties"):
                walk(value, f"{pointer}/{key}")

    for name, schema in components.items():
        walk(schema, schema_pointer(name))
