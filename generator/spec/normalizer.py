"""Stage 2: parsed schemas + reviewed inputs -> the normalized OpenAPI 3.1 spec and its report.

Order of work: drafts with lost properties rebuilt (``reconstruction``), references of object
fields inferred (``inference``) or overridden, exactly- and at-least-one-of constraints set,
the page's contradictions resolved (unsigned integers whose description documents negatives
become signed; an enum and its description's table spelling a value two ways accept both),
shared enums named, the operations merged, every ``$ref`` checked. Each contradiction resolved
is in the report with the page's own words as evidence. ``docs/spec-conventions.md`` says what
comes out.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import attrs

from generator.errors import ToolkitError
from generator.openapi.formats import INTEGER_FORMAT_BOUNDS, SIGNED_FORMAT_OF
from generator.openapi.forms import at_least_one_of, exactly_one_of
from generator.openapi.operations import read_operations
from generator.openapi.refs import ref_target, schema_ref
from generator.page.parser import ParsedDocument, parse_document
from generator.spec.inference import (
    STRING_MAP_FIELDS,
    Field,
    camel,
    infer_reference,
    is_operation_schema,
    unclaimed_family_member,
)
from generator.spec.inputs import SpecInputs, load_overlays
from generator.spec.property_schema import OBJECT_PLACEHOLDER
from generator.spec.reconstruction import (
    AlternativeDraft,
    Draft,
    ObjectDraft,
    PropertyDraft,
    ScalarDraft,
    build_drafts,
)
from generator.spec.report import HIGH, MEDIUM, NONE, OVERRIDE, NormalizationReport
from generator.spec.value_types import add_value_types

_MUTUALLY_EXCLUSIVE = re.compile(r"Mutually exclusive with ([A-Za-z_]+)", re.IGNORECASE)
# A description that offers a negative value: "-1", "a negative sign", "negative offsets".
_NEGATIVE_VALUES = re.compile(r"\bnegative\b|(?<![\w-])-\d+\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
# The first cell of a Markdown table row of a description (``| on-failure | ... |``).
_TABLE_FIRST_CELL = re.compile(r"^\|\s*`?([A-Za-z0-9_.-]+)`?\s*\|", re.MULTILINE)


@attrs.frozen
class NormalizedSpec:
    spec: dict[str, Any]
    report: NormalizationReport


def normalize(inputs: SpecInputs) -> NormalizedSpec:
    """Read every input under ``inputs`` and build the spec; raise ``ToolkitError`` on bad input."""
    document = parse_document(inputs.document)
    overlays = load_overlays(inputs)
    return normalize_parsed(
        document,
        operations=overlays.operations,
        supplement=overlays.supplement,
        overrides=overlays.overrides,
        document_bytes=inputs.document.read_bytes(),
    )


def normalize_parsed(
    document: ParsedDocument,
    *,
    operations: dict[str, Any],
    supplement: dict[str, Any],
    overrides: dict[str, Any],
    document_bytes: bytes,
) -> NormalizedSpec:
    report = NormalizationReport()
    drafts = build_drafts(document, supplement, overrides, report)
    _check_override_targets(overrides, drafts)
    _resolve_references(drafts, overrides, report)
    _set_exactly_one_constraints(drafts, report)
    _sign_integers_documented_negative(drafts, report)
    components = _components(drafts, document.path)
    _accept_described_spellings(components, report)
    _share_enums(components, overrides, report)
    add_value_types(components, report, _page_location(drafts, document.path))
    spec = _assemble(document, components, operations, document_bytes)
    _check_references(spec, _supplied_properties(drafts))
    _count(document, spec, report)
    return NormalizedSpec(spec, report)


def _all_objects(drafts: dict[str, Draft]) -> list[ObjectDraft]:
    objects: list[ObjectDraft] = []
    for draft in drafts.values():
        if isinstance(draft, ObjectDraft):
            objects.append(draft)
        elif isinstance(draft, AlternativeDraft):
            objects.extend(draft.new_variants)
    return objects


def _check_override_targets(overrides: dict[str, Any], drafts: dict[str, Draft]) -> None:
    objects = {o.name: o for o in _all_objects(drafts)}
    for key, entry in (overrides.get("references") or {}).items():
        owner, _, field = key.partition(".")
        if owner not in objects or field not in objects[owner].properties:
            raise ToolkitError(f"spec/overrides.yaml: references.{key}: no such schema field")
        target = entry.get("target") if isinstance(entry, dict) else None
        if target is not None and target not in drafts:
            raise ToolkitError(
                f"spec/overrides.yaml: references.{key}.target: no schema named {target!r}"
            )
        if not (isinstance(entry, dict) and entry.get("reason")):
            raise ToolkitError(f"spec/overrides.yaml: references.{key}: expected a reason")


def _resolve_references(
    drafts: dict[str, Draft], overrides: dict[str, Any], report: NormalizationReport
) -> None:
    names = frozenset(drafts)
    chosen = overrides.get("references") or {}
    pending: list[tuple[ObjectDraft, PropertyDraft, Field]] = []
    mirrored: list[tuple[ObjectDraft, PropertyDraft]] = []
    claimed: set[str] = set()
    for draft in _all_objects(drafts):
        for prop in draft.properties.values():
            holder = _placeholder_holder(prop.schema)
            if holder is None:
                continue
            key = f"{draft.name}.{prop.name}"
            field = Field(draft.name, prop.name, prop.description_text, holder is not prop.schema)
            if prop.mirrors is not None and key not in chosen:
                mirrored.append((draft, prop))
                continue
            if key in chosen:
                entry = chosen[key]
                _point(holder, entry["target"])
                report.add(
                    "reference",
                    key,
                    _target_text(entry["target"]),
                    entry["reason"],
                    OVERRIDE,
                    prop.line,
                )
                continue
            if prop.name in STRING_MAP_FIELDS and holder is prop.schema:
                holder.pop(OBJECT_PLACEHOLDER)
                holder.update({"type": "object", "additionalProperties": {"type": "string"}})
                report.add(
                    "string-map",
                    key,
                    "string map (`additionalProperties: {type: string}`)",
                    "key-value pairs: the description and the example "
                    '(`{"ENV_VAR":"value"}`) show string values under free keys',
                    HIGH,
                    prop.line,
                )
                continue
            inference = infer_reference(field, names)
            if inference.target is None:
                pending.append((draft, prop, field))
                continue
            claimed.add(inference.target)
            _point(holder, inference.target)
            report.add(
                "reference",
                key,
                _target_text(inference.target),
                inference.evidence,
                inference.confidence,
                prop.line,
            )
    # Frozen once, not once per pending field: that copy made normalizing quadratic.
    all_claimed = frozenset(claimed)
    for draft, prop, field in pending:
        holder = _placeholder_holder(prop.schema)
        assert holder is not None
        key = f"{draft.name}.{prop.name}"
        last_resort = unclaimed_family_member(field, names, all_claimed)
        if last_resort is not None and last_resort.target is not None:
            _point(holder, last_resort.target)
            report.add(
                "reference",
                key,
                _target_text(last_resort.target),
                last_resort.evidence,
                last_resort.confidence,
                prop.line,
            )
            continue
        holder.pop(OBJECT_PLACEHOLDER)
        holder["type"] = "object"
        report.add(
            "free-form",
            key,
            "free-form JSON object",
            "no schema name fits the owner, the field or its description; name one in "
            "spec/overrides.yaml",
            NONE,
            prop.line,
        )
    objects = {o.name: o for o in _all_objects(drafts)}
    for draft, prop in mirrored:
        assert prop.mirrors is not None
        owner, _, name = prop.mirrors.partition(".")
        source = objects[owner].properties[name]
        description = prop.schema.get("description")
        prop.schema.clear()
        prop.schema.update(copy.deepcopy(source.schema))
        if description is not None:
            prop.schema["description"] = description
        target = ref_target(prop.schema) or ref_target(prop.schema.get("items") or {})
        report.add(
            "reference",
            f"{draft.name}.{prop.name}",
            _target_text(target),
            f"the field `{prop.mirrors}` that this variant's value is read back as points there",
            MEDIUM,
            prop.line,
        )


def _placeholder_holder(schema: dict[str, Any]) -> dict[str, Any] | None:
    if OBJECT_PLACEHOLDER in schema:
        return schema
    items = schema.get("items")
    if isinstance(items, dict) and OBJECT_PLACEHOLDER in items:
        return items
    return None


def _point(holder: dict[str, Any], target: str | None) -> None:
    holder.pop(OBJECT_PLACEHOLDER, None)
    if target is None:
        holder["type"] = "object"
    else:
        holder["$ref"] = schema_ref(target)


def _target_text(target: str | None) -> str:
    return f"-> `{target}`" if target else "free-form JSON object"


def _set_exactly_one_constraints(drafts: dict[str, Draft], report: NormalizationReport) -> None:
    """Two fields documented as mutually exclusive with each other: exactly one of them is sent.

    When the page also marks both required, the two statements contradict each other. The
    API's own clients send both (their models require both), so the reading that accepts what
    they send, and still refuses a request that names nothing, is *at least one of*; when both
    are sent they must name the same resource (the server's rule, not the schema's).
    """
    for draft in _all_objects(drafts):
        for first, second in _mutually_exclusive_pairs(draft):
            both_required = first in draft.required and second in draft.required
            draft.required = [f for f in draft.required if f not in (first, second)]
            pair = f"`{first}`, `{second}`"
            if both_required:
                draft.at_least_one_of.append((first, second))
                report.add(
                    "contradiction",
                    draft.name,
                    f"at least one of {pair} (`anyOf` of `required`); when both are given they "
                    "must name the same resource",
                    f"the page marks both `required`, and documents each as mutually exclusive "
                    f"with the other ({_exclusion_text(draft, first)!r}, "
                    f"{_exclusion_text(draft, second)!r}); clients generated from the required "
                    "marks send both, and a request naming neither names nothing",
                    HIGH,
                    draft.line,
                )
                continue
            draft.exactly_one_of.append((first, second))
            exact = "Exactly one" in draft.properties[first].description_text
            report.add(
                "exactly-one",
                draft.name,
                f"exactly one of {pair} (`oneOf` of `required`)",
                "each is documented as mutually exclusive with the other, and one of them names "
                "the target of the request",
                HIGH if exact else MEDIUM,
                draft.line,
            )


def _mutually_exclusive_pairs(draft: ObjectDraft) -> list[tuple[str, str]]:
    """Pairs of fields each documented as "Mutually exclusive with" the other, in page order."""
    excludes: dict[str, set[str]] = {}
    by_lower = {name.lower(): name for name in draft.properties}
    for name, prop in draft.properties.items():
        named = {m.group(1).lower() for m in _MUTUALLY_EXCLUSIVE.finditer(prop.description_text)}
        excludes[name] = {by_lower[n] for n in named if n in by_lower}
    names = list(draft.properties)
    return [
        (a, b)
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if b in excludes[a] and a in excludes[b]
    ]


def _exclusion_text(draft: ObjectDraft, field: str) -> str:
    text = draft.properties[field].description_text
    match = _MUTUALLY_EXCLUSIVE.search(text)
    return _sentence_around(text, match.start()) if match else text


def _sentence_around(text: str, index: int) -> str:
    """The sentence of ``text`` that holds the character at ``index``."""
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        if boundary.end() > index:
            return text[start : boundary.start()].strip()
        start = boundary.end()
    return text[start:].strip()


def _sign_integers_documented_negative(
    drafts: dict[str, Draft], report: NormalizationReport
) -> None:
    """An unsigned format whose description documents negative values: the description wins.

    A client validating against an unsigned schema could not send the value the description
    offers (``-1``, "a negative sign ..."), so the property becomes the signed format that holds
    every value of both readings.
    """
    for draft in _all_objects(drafts):
        for prop in draft.properties.values():
            unsigned = prop.schema.get("x-format")
            match = _NEGATIVE_VALUES.search(prop.description_text)
            if unsigned not in SIGNED_FORMAT_OF or match is None:
                continue
            signed = SIGNED_FORMAT_OF[unsigned]
            low, high = INTEGER_FORMAT_BOUNDS[signed]
            rebuilt: dict[str, Any] = {}
            for key, value in prop.schema.items():
                if key == "x-format":
                    rebuilt["format"] = signed
                elif key in ("minimum", "maximum"):
                    rebuilt[key] = low if key == "minimum" else high
                else:
                    rebuilt[key] = value
            prop.schema.clear()
            prop.schema.update(rebuilt)
            report.add(
                "contradiction",
                f"{draft.name}.{prop.name}",
                f"signed `{signed}` instead of `{unsigned}`",
                f"the page types it `{unsigned}`, yet its description documents negative values: "
                f"{_sentence_around(prop.description_text, match.start())!r}",
                HIGH,
                prop.line,
            )


def _page_location(drafts: dict[str, Draft], document_path: str) -> Callable[[str, str], str]:
    """Where a schema's property is on the page, as ``file:line`` (the schema's line when the
    property has none of its own, as a reconstructed one)."""

    def location(schema: str, field: str) -> str:
        draft = drafts.get(schema)
        if draft is None:
            return document_path
        prop = draft.properties.get(field) if isinstance(draft, ObjectDraft) else None
        line = prop.line if prop is not None and prop.line is not None else draft.line
        return f"{document_path}:{line}" if line is not None else document_path

    return location


def _components(drafts: dict[str, Draft], document_path: str) -> dict[str, dict[str, Any]]:
    components: dict[str, dict[str, Any]] = {}
    for draft in drafts.values():
        if isinstance(draft, ScalarDraft):
            components[draft.name] = draft.schema
        elif isinstance(draft, ObjectDraft):
            components[draft.name] = _object_schema(draft)
        else:
            refs = [{"$ref": schema_ref(name)} for name in draft.variants]
            for variant in draft.new_variants:
                if variant.name in drafts or variant.name in components:
                    raise ToolkitError(
                        f"{document_path}:{draft.line}: the variant {variant.name!r} of "
                        f"{draft.name} (named after it, or in spec/supplement.yaml variants) "
                        "clashes with a schema of that name; expected distinct names"
                    )
                components[variant.name] = _object_schema(variant)
                refs.append({"$ref": schema_ref(variant.name)})
            components[draft.name] = {"description": draft.description, "oneOf": refs}
    return dict(sorted(components.items()))


def _object_schema(draft: ObjectDraft) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object"}
    if draft.description:
        schema["description"] = draft.description
    schema["properties"] = {name: prop.schema for name, prop in draft.properties.items()}
    if draft.required:
        schema["required"] = list(draft.required)
    for group in draft.exactly_one_of:
        schema["oneOf"] = exactly_one_of(group)
    for group in draft.at_least_one_of:
        schema["anyOf"] = at_least_one_of(group)
    return schema


EnumSite = tuple[str, str, dict[str, Any]]  # owner, field, the schema that holds ``enum``


def _enum_sites(components: dict[str, dict[str, Any]]) -> dict[tuple[str, ...], list[EnumSite]]:
    """Inline string enums of properties (and of array items), grouped by their value list."""
    sites: dict[tuple[str, ...], list[EnumSite]] = defaultdict(list)
    for owner, schema in components.items():
        for field, prop in (schema.get("properties") or {}).items():
            holder = prop.get("items", prop) if prop.get("type") == "array" else prop
            if "enum" in holder:
                sites[tuple(holder["enum"])].append((owner, field, holder))
    return sites


def _accept_described_spellings(
    components: dict[str, dict[str, Any]], report: NormalizationReport
) -> None:
    """An enum whose description's table spells a value otherwise (``on-failure`` for
    ``on_failure``): both spellings are accepted, at every use of the same value list.

    The page contradicts itself, and clients written from either half send their spelling;
    the generated enums are open, so a reader already keeps a spelling it does not know.
    """
    for values, group in sorted(_enum_sites(components).items()):
        added: dict[str, tuple[str, str]] = {}  # other spelling -> (value, where)
        for owner, field, holder in group:
            for cell in _TABLE_FIRST_CELL.findall(str(holder.get("description", ""))):
                value = next((v for v in values if _same_spelling(v, cell)), None)
                if value is not None and cell not in values and cell not in added:
                    added[cell] = (value, f"{owner}.{field}")
        if not added:
            continue
        extended: list[str] = []
        for value in values:
            extended.append(value)
            extended += [cell for cell, (original, _) in added.items() if original == value]
        for _, _, holder in group:
            holder["enum"] = list(extended)
        for cell, (value, where) in added.items():
            report.add(
                "contradiction",
                where,
                f"enum accepts `{value}` and `{cell}`"
                + (f" (at all {len(group)} uses of the value list)" if len(group) > 1 else ""),
                f"the enum lists `{value}`, the table of the same field's description lists "
                f"`{cell}`",
                HIGH,
            )


def _same_spelling(value: str, other: str) -> bool:
    """``on_failure`` and ``on-failure``: equal but for case and word separators."""
    return re.sub(r"[-_ ]", "", value.lower()) == re.sub(r"[-_ ]", "", other.lower())


def _enum_names(
    components: dict[str, dict[str, Any]],
    sites: dict[tuple[str, ...], list[EnumSite]],
    overrides: dict[str, Any],
) -> dict[tuple[str, ...], tuple[str, str]]:
    """Value list -> (component name, why): overrides first, then the document's enum schemas."""
    site_values = {
        f"{owner}.{field}": values for values, group in sites.items() for owner, field, _ in group
    }
    names: dict[tuple[str, ...], tuple[str, str]] = {}
    for name, site in (overrides.get("shared_enums") or {}).items():
        if site not in site_values:
            raise ToolkitError(
                f"spec/overrides.yaml: shared_enums.{name}: {site!r} is not an enum field"
            )
        if name in components:
            raise ToolkitError(f"spec/overrides.yaml: shared_enums.{name}: a schema has this name")
        names[site_values[site]] = (name, f"named in spec/overrides.yaml after `{site}`")
    for name, schema in components.items():
        if schema.get("type") == "string" and "enum" in schema:
            names.setdefault(tuple(schema["enum"]), (name, "an enum schema of the document"))
    return names


def _share_enums(
    components: dict[str, dict[str, Any]], overrides: dict[str, Any], report: NormalizationReport
) -> None:
    """A value list used at two places or more (or named) becomes one enum component."""
    sites = _enum_sites(components)
    names = _enum_names(components, sites, overrides)
    for values, group in sorted(sites.items()):
        if values not in names and len(group) < 2:
            continue
        name, why = names.get(values) or (_automatic_enum_name(group), "")
        if name not in components:
            components[name] = {
                "type": "string",
                "description": _shared_enum_description(group),
                "enum": list(values),
            }
        for _, _, holder in group:
            _replace_with_ref(holder, name)
        owners = ", ".join(f"`{owner}.{field}`" for owner, field, _ in group)
        report.add(
            "shared-enum",
            name,
            f"`{name}` = " + ", ".join(values),
            f"the same values at {len(group)} places: {owners}" + (f"; {why}" if why else ""),
            HIGH,
        )
    ordered = dict(sorted(components.items()))
    components.clear()
    components.update(ordered)


def _shared_enum_description(group: list[EnumSite]) -> str:
    """The first paragraph that documents one of its uses, the resource's own use first."""
    for owner, field, holder in sorted(
        group, key=lambda site: (is_operation_schema(site[0]), len(site[0]))
    ):
        text = str(holder.get("description", "")).split("\n\n")[0].strip()
        if text:
            return f"{text} (`{owner}.{field}`)"
    return "Values shared by " + ", ".join(f"`{o}.{f}`" for o, f, _ in group) + "."


def _replace_with_ref(holder: dict[str, Any], name: str) -> None:
    """Point an inline enum at the shared one, keeping what documents this use of it."""
    kept: dict[str, Any] = {
        key: holder[key] for key in ("description", "default", "examples") if key in holder
    }
    holder.clear()
    holder["$ref"] = schema_ref(name)
    holder.update(kept)


def _automatic_enum_name(group: list[EnumSite]) -> str:
    """Named after its resource owner if it has one (``Instance.state`` -> ``InstanceState``)."""
    owner, field, _ = min(
        group, key=lambda site: (is_operation_schema(site[0]), len(site[0]), site[0])
    )
    return owner + camel(field)


def _assemble(
    document: ParsedDocument,
    components: dict[str, dict[str, Any]],
    operations: dict[str, Any],
    document_bytes: bytes,
) -> dict[str, Any]:
    digest = hashlib.sha256(document_bytes).hexdigest()[:12]
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": document.title or "Unikraft Cloud Platform API",
            "version": f"document-{digest}",
            "description": (
                "Normalized by `python -m generator normalize` from the API's schema document "
                "(spec/source), the operations (spec/operations.yaml), the supplement and the "
                "overrides. Do not edit: change an input and normalize again."
            ),
        },
    }
    for key in ("servers", "security", "tags"):
        if key in operations:
            spec[key] = operations[key]
    spec["paths"] = operations.get("paths", {})
    extra_components = operations.get("components") or {}
    unknown = set(extra_components) - {"securitySchemes"}
    if unknown:
        raise ToolkitError(
            f"spec/operations.yaml: components may hold only securitySchemes, found {sorted(unknown)}"
        )
    spec["components"] = {"schemas": components, **extra_components}
    return spec


def _supplied_properties(drafts: dict[str, Draft]) -> frozenset[tuple[str, str]]:
    return frozenset(
        (draft.name, prop.name)
        for draft in _all_objects(drafts)
        for prop in draft.properties.values()
        if prop.origin == "supplied"
    )


def _check_references(spec: dict[str, Any], supplied: frozenset[tuple[str, str]]) -> None:
    """Every ``$ref`` names a component; a broken one is blamed on the input that wrote it."""
    schemas = spec["components"]["schemas"]

    def source(path: list[str]) -> str:
        if path[0] != "components":
            return f"spec/operations.yaml: {'.'.join(path)}"
        owner, field = path[2], (path[4] if len(path) > 4 else "")
        if (owner, field) in supplied:
            return f"spec/supplement.yaml: schemas.{owner}.properties.{'.'.join(path[4:])}"
        return f"the spec: {'.'.join(path)}"

    def walk(node: Any, path: list[str]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref_target(node) not in schemas:
                raise ToolkitError(f"{source(path)}: $ref {ref!r} names no schema")
            for key, value in node.items():
                walk(value, [*path, str(key)])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, [*path[:-1], f"{path[-1]}[{index}]"] if path else [f"[{index}]"])

    walk(spec, [])


def _count(document: ParsedDocument, spec: dict[str, Any], report: NormalizationReport) -> None:
    schemas = spec["components"]["schemas"]
    report.counts = {
        "schemas in the document": len(document.schemas),
        "properties listed in the document": sum(
            len(s.properties) + (len(s.one_of.shown_properties) if s.one_of else 0)
            for s in document.schemas
        ),
        "components in the spec": len(schemas),
        "properties in the spec": sum(len(s.get("properties") or {}) for s in schemas.values()),
        "operations": len(read_operations(spec)),
    }
