"""Rebuilds what the page lost: parsed schemas -> schema drafts with all their properties.

A schema with both properties and a ``oneOf`` is shown with only its ``oneOf`` fragment. This
stage turns each parsed schema into a draft: an object with properties, or a real alternative
(a ``oneOf`` of named variants), rebuilding lost properties from evidence in the document
(response envelopes shown in full by siblings, bulk twins of ``...ByUUIDRequestBody`` schemas,
name-or-UUID objects) and merging the supplement for facts no evidence gives.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from generator.errors import ToolkitError
from generator.openapi.formats import INTEGER_FORMAT_BOUNDS
from generator.page.parser import ParsedDocument, ParsedProperty, ParsedSchema
from generator.spec.inference import camel, words
from generator.spec.property_schema import OBJECT_PLACEHOLDER, integer_schema, property_schema
from generator.spec.report import HIGH, MEDIUM, OVERRIDE, SUPPLIED, NormalizationReport

ENVELOPE_FIELDS = ("status", "message", "data", "errors", "op_time_us")
IDENTIFIER_FIELDS = ("uuid", "name")


@attrs.define
class PropertyDraft:
    name: str
    schema: dict[str, Any]
    description_text: str  # the page's plain text, for the reference inference
    line: int | None
    origin: str  # "document", "reconstructed" or "supplied"
    # "Schema.field" whose inferred reference this property shares (a variant read back).
    mirrors: str | None = None


@attrs.define
class ObjectDraft:
    name: str
    line: int
    properties: dict[str, PropertyDraft] = attrs.Factory(dict)
    required: list[str] = attrs.Factory(list)
    description: str = ""
    exactly_one_of: list[tuple[str, ...]] = attrs.Factory(list)
    at_least_one_of: list[tuple[str, ...]] = attrs.Factory(list)


@attrs.define
class AlternativeDraft:
    """A real ``oneOf``: each variant an existing component or a new named object."""

    name: str
    line: int
    variants: list[str] = attrs.Factory(list)
    new_variants: list[ObjectDraft] = attrs.Factory(list)
    description: str = ""


@attrs.define
class ScalarDraft:
    """A top-level enum or the empty "any value" schema: a finished JSON Schema."""

    name: str
    line: int
    schema: dict[str, Any]


Draft = ObjectDraft | AlternativeDraft | ScalarDraft


def build_drafts(
    document: ParsedDocument,
    supplement: dict[str, Any],
    overrides: dict[str, Any],
    report: NormalizationReport,
) -> dict[str, Draft]:
    alternatives = overrides.get("alternatives") or {}
    for name in alternatives:
        if not document.has(name):
            raise ToolkitError(f"spec/overrides.yaml: alternatives.{name}: no such schema")
    drafts: dict[str, Draft] = {}
    for parsed in document.schemas:
        drafts[parsed.name] = _draft_of(parsed, document, alternatives, report)
    _mirror_twins(document, drafts, report)
    _merge_supplement(drafts, supplement, report)
    _apply_corrections(drafts, supplement, report)
    return drafts


def _draft_of(
    parsed: ParsedSchema,
    document: ParsedDocument,
    alternatives: dict[str, Any],
    report: NormalizationReport,
) -> Draft:
    if parsed.top_level_type is not None:
        schema: dict[str, Any] = {"type": parsed.top_level_type}
        if parsed.enum_values:
            schema["enum"] = list(parsed.enum_values)
        if parsed.description:
            schema["description"] = parsed.description
        return ScalarDraft(parsed.name, parsed.line, schema)
    if parsed.one_of is None and not parsed.properties:
        return ScalarDraft(
            parsed.name,
            parsed.line,
            {"description": "Any JSON value (the page lists no properties and no type)."},
        )
    if parsed.one_of is None:
        return _object_of(parsed.name, parsed.line, parsed.properties, report)
    variants = parsed.one_of.variants
    if len(variants) == 1:
        return _single_variant_object(parsed, document, report)
    return _alternative(parsed, document, alternatives, report)


def _object_of(
    name: str, line: int, properties: tuple[ParsedProperty, ...], report: NormalizationReport
) -> ObjectDraft:
    draft = ObjectDraft(name, line)
    for prop in properties:
        draft.properties[prop.name] = _property_draft(name, prop, "document", report)
        if prop.required:
            draft.required.append(prop.name)
    return draft


def _property_draft(
    owner: str, prop: ParsedProperty, origin: str, report: NormalizationReport
) -> PropertyDraft:
    return PropertyDraft(
        prop.name, property_schema(owner, prop, report), prop.description, prop.line, origin
    )


def _single_variant_object(
    parsed: ParsedSchema, document: ParsedDocument, report: NormalizationReport
) -> ObjectDraft:
    """A one-variant ``oneOf`` is an optional field of the source, not an alternative."""
    assert parsed.one_of is not None
    shown = tuple(attrs.evolve(p, required=False) for p in parsed.one_of.shown_properties)
    draft = _object_of(parsed.name, parsed.line, shown, report)
    report.add(
        "one-of",
        parsed.name,
        "one-variant oneOf -> optional properties " + ", ".join(f"`{p.name}`" for p in shown),
        "a Decision Table with a single `type = object` row is the page's rendering of an "
        "optional field; the schema's own properties are not shown",
        HIGH,
        parsed.one_of.line,
    )
    if parsed.name.endswith("Response") and _has_data_schema(parsed.name, document):
        _rebuild_envelope(draft, document, report)
    elif [p.name for p in shown] == ["name"] and parsed.name.endswith(("InstanceID", "Mount")):
        _complete_identifier(draft, report)
    return draft


def _has_data_schema(name: str, document: ParsedDocument) -> bool:
    return document.has(f"{name}Data")


# Once per document, not once per response rebuilt: normalizing stays linear in the page.
@functools.lru_cache(maxsize=2)
def _full_envelopes(document: ParsedDocument) -> list[ParsedSchema]:
    return [
        s
        for s in document.schemas
        if s.name.endswith("Response") and tuple(p.name for p in s.properties) == ENVELOPE_FIELDS
    ]


def _rebuild_envelope(
    draft: ObjectDraft, document: ParsedDocument, report: NormalizationReport
) -> None:
    siblings = _full_envelopes(document)
    if not siblings:
        raise ToolkitError(
            f"{document.path}:{draft.line}: cannot rebuild the envelope of {draft.name}: no "
            "response schema of the document shows the envelope in full"
        )
    model = siblings[0]
    shown = dict(draft.properties)
    draft.properties.clear()
    for prop in model.properties:
        if prop.name in shown:
            draft.properties[prop.name] = shown[prop.name]
            continue
        rebuilt = _property_draft(
            draft.name, attrs.evolve(prop, example=None), "reconstructed", report
        )
        rebuilt.line = None
        draft.properties[prop.name] = rebuilt
    names = ", ".join(s.name for s in siblings[:3])
    report.add(
        "envelope",
        draft.name,
        "rebuilt the envelope " + ", ".join(f"`{f}`" for f in ENVELOPE_FIELDS if f not in shown),
        f"{len(siblings)} sibling responses show the envelope in full ({names}, ...); "
        f"`{draft.name}Data` exists for its `data`; the page shows only "
        + ", ".join(f"`{f}`" for f in shown),
        HIGH,
        draft.line,
    )


def _complete_identifier(draft: ObjectDraft, report: NormalizationReport) -> None:
    """A name-or-UUID object of an instance shows only ``name``; its ``uuid`` was lost."""
    name_prop = draft.properties.pop("name")
    noun = "instance"
    draft.properties["uuid"] = PropertyDraft(
        "uuid",
        {"type": "string", "format": "uuid", "description": f"The UUID of the {noun}."},
        "",
        None,
        "reconstructed",
    )
    draft.properties["name"] = name_prop
    report.add(
        "identifier",
        draft.name,
        "added `uuid` (string, uuid) beside `name`",
        "a name-or-UUID object: fields pointing here are described as 'UUID or name of the "
        "instance' or list instances, and every instance reference of the document pairs `uuid` "
        "with `name`",
        MEDIUM,
        draft.line,
    )


def _alternative(
    parsed: ParsedSchema,
    document: ParsedDocument,
    alternatives: dict[str, Any],
    report: NormalizationReport,
) -> AlternativeDraft:
    assert parsed.one_of is not None
    one_of = parsed.one_of
    alternative = AlternativeDraft(parsed.name, parsed.line)
    shown = {p.name: p for p in one_of.shown_properties}
    if all(v.requires for v in one_of.variants):
        for variant in one_of.variants:
            (field,) = variant.requires
            variant_name = parsed.name + "By" + ("UUID" if field == "uuid" else camel(field))
            draft = ObjectDraft(variant_name, variant.line, required=[field])
            if field in shown:
                draft.properties[field] = _property_draft(
                    parsed.name, shown[field], "document", report
                )
            else:
                draft.properties[field] = _identifier_property(
                    field, parsed.name, report, variant.line
                )
            draft.description = f"A reference to an existing resource by its {field}."
            alternative.new_variants.append(draft)
        alternative.description = (
            "Exactly one of: " + ", ".join(f"`{v.requires[0]}`" for v in one_of.variants) + "."
        )
        report.add(
            "one-of",
            parsed.name,
            "real alternative: " + ", ".join(d.name for d in alternative.new_variants),
            "the Decision Table lists "
            + " / ".join(f"`{v.criteria}`" for v in one_of.variants)
            + "; a document with both fields matches two variants and is rejected",
            HIGH,
            one_of.line,
        )
        return alternative
    return _unlabelled_alternative(parsed, document, alternatives, report)


def _identifier_property(
    field: str, owner: str, report: NormalizationReport, line: int
) -> PropertyDraft:
    report.add(
        "one-of",
        f"{owner}.{field}",
        f"`{field}`: string",
        f"the Decision Table's `requires: {field}`; the page shows only the other variant's "
        f"properties, and `{field}` is a string in every schema of the document",
        HIGH,
        line,
    )
    return PropertyDraft(
        field,
        {"type": "string", "description": f"The {field} of the referenced resource."},
        "",
        None,
        "reconstructed",
    )


def _unlabelled_alternative(
    parsed: ParsedSchema,
    document: ParsedDocument,
    chosen: dict[str, Any],
    report: NormalizationReport,
) -> AlternativeDraft:
    """Variants without ``requires:`` criteria: the page shows one; the others are read back.

    The unshown variants are rebuilt from what the page returns for the same resource
    (``_read_back_variants``); where that finds nothing, ``alternatives.<Schema>`` in
    spec/overrides.yaml names them, with the reason for the choice (and it wins over the
    inference, as a person's correction).
    """
    assert parsed.one_of is not None
    one_of = parsed.one_of
    entry = chosen.get(parsed.name)
    others = len(one_of.variants) - (1 if one_of.shown_for else 0)
    if entry is None:
        read_back = _read_back_variants(parsed, document, others, report)
        if read_back is not None:
            return read_back
    if not isinstance(entry, dict) or len(entry.get("variants") or []) != others:
        raise ToolkitError(
            f"spec/overrides.yaml: alternatives.{parsed.name}.variants: expected the {others} "
            f"variant(s) the page does not show, with a reason: {parsed.name} (page line "
            f"{one_of.line}) is a oneOf of {len(one_of.variants)} variants without `requires:` "
            "criteria"
        )
    alternative = AlternativeDraft(parsed.name, parsed.line, variants=list(entry["variants"]))
    names = [f"`{name}`" for name in alternative.variants]
    if one_of.shown_for is not None:
        shown_name = parsed.name + camel(one_of.shown_for)
        draft = _object_of(shown_name, one_of.line, one_of.shown_properties, report)
        draft.required = [p.name for p in one_of.shown_properties]
        draft.description = f"{parsed.name}, given by its {one_of.shown_for}."
        alternative.new_variants.append(draft)
        names.append(f"`{shown_name}` (`{one_of.shown_for}` required)")
    alternative.description = entry.get("description", "")
    report.add(
        "one-of",
        parsed.name,
        "real alternative: " + " or ".join(names),
        f"{len(one_of.variants)} `type = object` rows without criteria; the page shows "
        f"`{one_of.shown_for}`; spec/overrides.yaml: {entry.get('reason', '')}",
        OVERRIDE,
        one_of.line,
    )
    return alternative


def _read_back_variants(
    parsed: ParsedSchema, document: ParsedDocument, others: int, report: NormalizationReport
) -> AlternativeDraft | None:
    """The unshown variants of a oneOf, from what the page returns for the same resource.

    A request field ``R.f`` holds the oneOf ``X`` (``X`` starts with an ending of ``R``'s name,
    the source's naming of nested messages, and ends with ``f``). A response schema ``S`` that
    returns every other field of ``R`` is what the API reads back of that resource; the object
    fields ``S`` has and ``R`` does not are where the oneOf's values went. When there are as
    many of them as unshown variants, each is one variant: that field, required, with the
    schema ``S`` gives it. Otherwise ``None``: a person decides (spec/overrides.yaml).
    """
    assert parsed.one_of is not None
    one_of = parsed.one_of
    if one_of.shown_for is None or others < 1:
        return None
    holders = _fields_holding(parsed.name, document)
    readers: set[str] = set()
    extra: dict[str, ParsedProperty] = {}
    shown_fields = {p.name for p in one_of.shown_properties}
    for owner, field in holders:
        for schema, fields in _read_backs(owner, field, document):
            readers.add(schema.name)
            extra.update((p.name, p) for p in fields if p.name not in shown_fields)
    if len(readers) != 1 or len(extra) != others:
        return None
    (reader_name,) = readers
    alternative = AlternativeDraft(parsed.name, parsed.line)
    shown_name = parsed.name + camel(one_of.shown_for)
    shown = _object_of(shown_name, one_of.line, one_of.shown_properties, report)
    shown.required = [p.name for p in one_of.shown_properties]
    shown.description = f"{parsed.name}, given by its {one_of.shown_for}."
    alternative.new_variants.append(shown)
    for name, prop in extra.items():
        variant = ObjectDraft(parsed.name + camel(name), one_of.line, required=[name])
        # The reader's text may hold conditions of the reading ("Only if enabled is true").
        first_sentence = prop.description.strip().split(". ")[0].rstrip(".") + "."
        variant.properties[name] = attrs.evolve(
            _property_draft(
                variant.name,
                attrs.evolve(prop, description=first_sentence),
                "reconstructed",
                report,
            ),
            line=None,
            mirrors=f"{reader_name}.{name}",
        )
        variant.description = f"{parsed.name}, given by its {name}."
        alternative.new_variants.append(variant)
    owner, field = holders[0]
    holder_text = next(
        p.description for p in document.schema(owner).properties if p.name == field
    ).strip()
    alternative.description = (
        holder_text
        + (" " if holder_text else "")
        + "One of: "
        + ", ".join(f"`{v.required[0]}`" for v in alternative.new_variants)
        + "."
    )
    read_back = ", ".join(
        f"`{name}` ({prop.description.strip()!r})" for name, prop in extra.items()
    )
    report.add(
        "one-of",
        parsed.name,
        "real alternative: "
        + " or ".join(f"`{v.name}` (`{v.required[0]}` required)" for v in alternative.new_variants),
        f"{len(one_of.variants)} `type = object` rows without criteria; the page shows "
        f"`{one_of.shown_for}`. "
        + ", ".join(f"`{o}.{f}`" for o, f in holders)
        + f" holds it; `{reader_name}` returns every other field of that request, and in its "
        f"place the object field(s) {read_back}: the unshown variant(s), typed as "
        f"`{reader_name}` types them",
        MEDIUM,
        one_of.line,
    )
    return alternative


def _fields_holding(name: str, document: ParsedDocument) -> list[tuple[str, str]]:
    """``(owner, field)`` of the object fields whose schema is ``name`` by the source's naming:
    ``name`` starts with an ending of the owner's words and ends with the field, camel-cased."""
    found = []
    for schema in document.schemas:
        parts = words(schema.name)
        endings = ["".join(parts[start:]) for start in range(len(parts))]
        for prop in schema.properties:
            if prop.type_word != "object" or not name.endswith(camel(prop.name)):
                continue
            if any(name.startswith(ending) and name != ending for ending in endings):
                found.append((schema.name, prop.name))
    return found


def _read_backs(
    owner: str, field: str, document: ParsedDocument
) -> list[tuple[ParsedSchema, list[ParsedProperty]]]:
    """Response schemas with every other field of ``owner``, and their object fields it lacks."""
    request = document.schema(owner)
    sent = {p.name for p in request.properties} - {field}
    found = []
    for schema in document.schemas:
        fields = {p.name for p in schema.properties}
        if "Response" not in schema.name or not sent <= fields:
            continue
        extra = [
            p
            for p in schema.properties
            if p.type_word == "object" and p.name not in sent and p.name not in ENVELOPE_FIELDS
        ]
        found.append((schema, extra))
    return found


def _mirror_twins(
    document: ParsedDocument, drafts: dict[str, Draft], report: NormalizationReport
) -> None:
    """``XByUUIDRequestBody`` is the bulk ``X...Request`` minus the identifier in the path."""
    for name, draft in drafts.items():
        if not name.endswith("ByUUIDRequestBody") or not isinstance(draft, ObjectDraft):
            continue
        parsed = document.schema(name)
        if parsed.one_of is None:
            continue  # shown in full
        stem = name.removesuffix("ByUUIDRequestBody")
        twins = [
            d
            for candidate in (f"{stem}sRequest", f"{stem}Request", f"{stem}sRequestItem")
            if isinstance(d := drafts.get(candidate), ObjectDraft)
        ]
        if not twins:
            continue
        twin = twins[0]
        shown = dict(draft.properties)
        draft.properties.clear()
        added = []
        for field, prop in twin.properties.items():
            if field in IDENTIFIER_FIELDS:
                continue
            if field in shown:
                draft.properties[field] = shown[field]
            else:
                draft.properties[field] = attrs.evolve(
                    prop, schema=dict(prop.schema), origin="reconstructed", line=None
                )
                added.append(field)
            if field in twin.required:
                draft.required.append(field)
        for field, prop in shown.items():
            draft.properties.setdefault(field, prop)
        report.add(
            "twin",
            name,
            "mirrored " + ", ".join(f"`{f}`" for f in added) + f" from `{twin.name}`",
            f"a `...ByUUIDRequestBody` is its bulk twin `{twin.name}` without the identifier "
            "(`uuid`, `name`) that the path carries; the page shows only "
            + ", ".join(f"`{f}`" for f in shown),
            HIGH,
            draft.line,
        )


def _merge_supplement(
    drafts: dict[str, Draft], supplement: dict[str, Any], report: NormalizationReport
) -> None:
    schemas = supplement.get("schemas", {}) or {}
    variants = supplement.get("variants", {}) or {}
    for name, entry in schemas.items():
        draft = drafts.get(name)
        if draft is None:
            draft = _supplied_schema(name, entry, report)
            drafts[name] = draft
        elif "reason" in entry:
            raise ToolkitError(
                f"spec/supplement.yaml: schemas.{name}.reason: the document has this schema; "
                "expected a reason only on a schema the supplement adds"
            )
        properties = entry.get("properties", {}) or {}
        if isinstance(draft, AlternativeDraft):
            _supply_variants(draft, properties, variants.pop(name, None), report)
            continue
        if not isinstance(draft, ObjectDraft):
            raise ToolkitError(f"spec/supplement.yaml: schemas.{name}: not an object schema")
        for field, schema in properties.items():
            if field in draft.properties:
                raise ToolkitError(
                    f"spec/supplement.yaml: schemas.{name}.properties.{field}: the document "
                    "already has this property"
                )
            draft.properties[field] = PropertyDraft(field, dict(schema), "", None, "supplied")
            report.add(
                "supplied", f"{name}.{field}", _describe(schema), "spec/supplement.yaml", SUPPLIED
            )
        for field in entry.get("required", []) or []:
            if field not in draft.properties:
                raise ToolkitError(
                    f"spec/supplement.yaml: schemas.{name}.required: no property {field!r}"
                )
            if field not in draft.required:
                draft.required.append(field)
    for name in variants:
        raise ToolkitError(
            f"spec/supplement.yaml: variants.{name}: no supplied properties for this schema"
        )


def _supplied_schema(name: str, entry: dict[str, Any], report: NormalizationReport) -> ObjectDraft:
    """A schema the document lacks, added by the supplement with the reason a person gives."""
    if not entry.get("reason"):
        raise ToolkitError(
            f"spec/supplement.yaml: schemas.{name}: no such schema in the document; to add it "
            "as a new component, give its `reason` (and its `properties`)"
        )
    if not entry.get("properties"):
        raise ToolkitError(
            f"spec/supplement.yaml: schemas.{name}.properties: expected the properties of the "
            "new schema"
        )
    report.add(
        "supplied",
        name,
        "new schema, not in the document",
        "spec/supplement.yaml: " + " ".join(str(entry["reason"]).split()),
        SUPPLIED,
    )
    return ObjectDraft(name, 0, description=str(entry.get("description", "")))


def _apply_corrections(
    drafts: dict[str, Draft], supplement: dict[str, Any], report: NormalizationReport
) -> None:
    """``corrections.<Schema>.<field>``: a type or format the page states wrongly, replaced."""
    objects: dict[str, ObjectDraft] = {}
    for draft in drafts.values():
        if isinstance(draft, ObjectDraft):
            objects[draft.name] = draft
        elif isinstance(draft, AlternativeDraft):
            objects.update((variant.name, variant) for variant in draft.new_variants)
    for key, entry in (supplement.get("corrections") or {}).items():
        owner, _, field = key.partition(".")
        target = objects.get(owner)
        if target is None or field not in target.properties:
            raise ToolkitError(
                f"spec/supplement.yaml: corrections.{key}: no such property; expected "
                "<Schema>.<field> of an object schema"
            )
        prop = target.properties[field]
        before = _type_text(prop.schema)
        prop.schema = _corrected(prop.schema, entry, f"corrections.{key}")
        report.add(
            "correction",
            key,
            f"{before} -> {_type_text(prop.schema)}",
            "spec/supplement.yaml: " + " ".join(str(entry["reason"]).split()),
            SUPPLIED,
            prop.line,
        )


def _type_text(schema: dict[str, Any]) -> str:
    if OBJECT_PLACEHOLDER in schema:
        return "object"
    fmt = schema.get("format", schema.get("x-format"))
    return str(schema.get("type", "any")) + (f" ({fmt})" if fmt else "")


def _corrected(schema: dict[str, Any], entry: dict[str, Any], where: str) -> dict[str, Any]:
    """``schema`` with the type and format of ``entry``; what documents it is kept."""
    kept: dict[str, Any] = {
        k: schema[k] for k in ("description", "default", "examples") if k in schema
    }
    old_type = schema.get("type")
    new_type = entry.get("type", old_type)
    if "format" in entry:
        fmt = entry["format"]  # null: no format
    else:
        fmt = schema.get("format", schema.get("x-format")) if new_type == old_type else None
    if new_type is None:
        raise ToolkitError(
            f"spec/supplement.yaml: {where}: the property has no type to give a format; "
            "expected a `type` too"
        )
    if new_type == "integer":
        if fmt is not None and fmt not in INTEGER_FORMAT_BOUNDS:
            raise ToolkitError(
                f"spec/supplement.yaml: {where}.format: expected an integer format, one of "
                f"{', '.join(INTEGER_FORMAT_BOUNDS)}; found {fmt!r}"
            )
        typed = integer_schema(fmt)
    else:
        typed = {"type": new_type}
        if fmt is not None:
            typed["format"] = fmt
    if new_type == old_type:
        for carried in ("enum", "pattern", "items", "additionalProperties"):
            if carried in schema:
                typed[carried] = schema[carried]
    else:
        # Defaults and examples were typed for the page's type: they do not carry over.
        kept.pop("default", None)
        kept.pop("examples", None)
    return {**typed, **kept}


def _supply_variants(
    alternative: AlternativeDraft,
    properties: dict[str, Any],
    variant_entries: list[dict[str, Any]] | None,
    report: NormalizationReport,
) -> None:
    used: set[str] = set()
    for entry in variant_entries or []:
        draft = ObjectDraft(
            entry["name"], alternative.line, description=entry.get("description", "")
        )
        for field in entry.get("properties", []):
            if field not in properties:
                raise ToolkitError(
                    f"spec/supplement.yaml: variants.{alternative.name}: no supplied property "
                    f"{field!r}"
                )
            draft.properties[field] = PropertyDraft(
                field, dict(properties[field]), "", None, "supplied"
            )
            used.add(field)
        draft.required = list(entry.get("required", []))
        alternative.new_variants.append(draft)
        report.add(
            "supplied",
            alternative.name,
            f"variant `{draft.name}` with "
            + ", ".join(f"`{f}`" for f in draft.properties)
            + (f" (`{'`, `'.join(draft.required)}` required)" if draft.required else ""),
            "spec/supplement.yaml: " + entry.get("description", ""),
            SUPPLIED,
        )
    alternative.description = (
        "Exactly one of: "
        + "; ".join(v.description.rstrip(".") for v in alternative.new_variants)
        + "."
    )
    unused = sorted(set(properties) - used)
    if unused:
        raise ToolkitError(
            f"spec/supplement.yaml: schemas.{alternative.name}: properties {unused} belong to "
            "a oneOf schema and no variant under variants uses them"
        )


def _describe(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return "`" + str(schema["$ref"]).rsplit("/", 1)[-1] + "`"
    if schema.get("type") == "array":
        return "array of " + _describe(schema.get("items", {}))
    return str(schema.get("type", "any")) + (f" ({schema['format']})" if "format" in schema else "")
