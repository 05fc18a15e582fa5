"""Stage 2: parsed schemas + reviewed inputs -> the normalized OpenAPI 3.1 spec and its report.

Order of work: drafts with lost properties rebuilt (``reconstruction``), references of object
fields inferred (``inference``) or overridden, shared enums named, exactly-one-of constraints set,
the operations merged, every ``$ref`` checked. ``docs/spec-conventions.md`` says what comes out.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Any

import attrs

from generator.errors import ToolkitError
from generator.openapi.forms import exactly_one_of
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

_MUTUALLY_EXCLUSIVE = re.compile(r"Mutually exclusive with (UUID|name)", re.IGNORECASE)


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
    components = _components(drafts, document.path)
    _share_enums(components, overrides, report)
    _flag_negative_values_on_unsigned(components, report)
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
    claimed: set[str] = set()
    for draft in _all_objects(drafts):
        for prop in draft.properties.values():
            holder = _placeholder_holder(prop.schema)
            if holder is None:
                continue
            key = f"{draft.name}.{prop.name}"
            field = Field(draft.name, prop.name, prop.description_text, holder is not prop.schema)
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
    """``uuid`` and ``name`` documented as mutually exclusive: exactly one of them is sent."""
    for draft in _all_objects(drafts):
        uuid, name = draft.properties.get("uuid"), draft.properties.get("name")
        if uuid is None or name is None:
            continue
        if not (
            _MUTUALLY_EXCLUSIVE.search(uuid.description_text)
            and _MUTUALLY_EXCLUSIVE.search(name.description_text)
        ):
            continue
        both_required = "uuid" in draft.required and "name" in draft.required
        draft.required = [f for f in draft.required if f not in ("uuid", "name")]
        draft.exactly_one_of.append(("uuid", "name"))
        if both_required:
            evidence = (
                "both are marked required, yet each is documented as mutually exclusive with "
                "the other: the contradiction resolves to exactly one"
            )
            kind = "contradiction"
        else:
            evidence = (
                "each is documented as mutually exclusive with the other, and one of them names "
                "the target of the request"
            )
            kind = "exactly-one"
        report.add(
            "exactly-one",
            draft.name,
            "exactly one of `uuid`, `name` (`oneOf` of `required`)",
            evidence,
            HIGH if kind == "contradiction" or "Exactly one" in uuid.description_text else MEDIUM,
            draft.line,
        )


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


def _flag_negative_values_on_unsigned(
    components: dict[str, dict[str, Any]], report: NormalizationReport
) -> None:
    for owner, schema in components.items():
        for field, prop in (schema.get("properties") or {}).items():
            if prop.get("minimum") == 0 and "-1" in prop.get("description", ""):
                report.add(
                    "contradiction",
                    f"{owner}.{field}",
                    f"kept `{prop['x-format']}` (minimum 0)",
                    "the type is unsigned, yet the description offers -1 as a value; a client "
                    "validating against the spec cannot send -1",
                    "low",
                )


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
