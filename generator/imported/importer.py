"""A published OpenAPI 3.0 or 3.1 document into the normalized spec and its report.

The document brings its own operations, so the page's overlays (``spec/operations.yaml``,
``supplement.yaml``, ``overrides.yaml``) do not apply; a document may have an overlay of its own
(``<name>.overlay.yaml`` beside it: corrections by JSON pointer, each with a reason). Its schemas are rewritten by
``imported/schemas.py``; here the rest is: the version becomes 3.1.0, servers that differ only
in the metro's host label become one server with a ``metro`` variable, an operation that
documents only a ``default`` response gets the same answer as its ``200``, and parameter and
body schemas are rewritten like properties. Every rewrite is a finding of the report, under its
JSON pointer; nothing is changed without one.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from generator.errors import ToolkitError
from generator.imported.schemas import SchemaRewriter
from generator.openapi.document import load_document
from generator.openapi.operations import HTTP_METHODS, read_operations
from generator.openapi.refs import join_pointer, pointer_target, unescape_pointer_token
from generator.spec.inputs import load_yaml_mapping
from generator.spec.normalizer import NormalizedSpec
from generator.spec.report import HIGH, MEDIUM, OVERRIDE, NormalizationReport

# A document's own corrections sit beside it: ``platform.yaml`` and ``platform.overlay.yaml``.
OVERLAY_SUFFIX = ".overlay.yaml"
SUPPORTED_VERSIONS = re.compile(r"^3\.[01]\.\d+$")
PATHS = "paths"
# The host label that names a metro in the API's server URLs (``api.fra.unikraft.cloud``).
_METRO_HOST = re.compile(
    r"^(?P<scheme>https?://)(?P<prefix>[^./]+\.)(?P<metro>[^./]+)(?P<rest>\..+)$"
)


def overlay_path(document: Path) -> Path:
    """Where a document's own overlay is: ``platform.yaml`` -> ``platform.overlay.yaml``."""
    return document.with_name(document.stem + OVERLAY_SUFFIX)


def import_document(path: Path) -> NormalizedSpec:
    """Read the published document at ``path`` (and its overlay, if it has one) and rewrite it
    into the spec conventions."""
    overlay = overlay_path(path)
    corrections = load_yaml_mapping(overlay) if overlay.is_file() else {}
    return import_loaded(
        load_document(path), source_name=path.name, overlay=corrections, overlay_name=overlay.name
    )


def direct_spec(document: dict[str, Any], *, source_name: str) -> dict[str, Any]:
    """The spec of a document given to ``generate --spec``: an OpenAPI 3.1 document is taken as
    written in the spec conventions (the generator refuses, by JSON pointer, what is not); a 3.0
    document, which no spec in the conventions is, and a 3.1 document that composes schemas
    with ``allOf``, which the conventions have not, are imported first (``nullable``, ``allOf``,
    default-only responses and the other rewrites of this module)."""
    if str(document.get("openapi", "")).startswith("3.0.") or _uses_all_of(document):
        return import_loaded(document, source_name=source_name).spec
    return document


def _uses_all_of(node: Any) -> bool:
    if isinstance(node, dict):
        return "allOf" in node or any(_uses_all_of(value) for value in node.values())
    if isinstance(node, list):
        return any(_uses_all_of(item) for item in node)
    return False


def import_loaded(
    document: dict[str, Any],
    *,
    source_name: str,
    overlay: dict[str, Any] | None = None,
    overlay_name: str = "overlay",
) -> NormalizedSpec:
    """Rewrite an already loaded published document; ``source_name`` goes into ``info``.

    ``overlay`` holds corrections of the document, each a JSON pointer, a new value (or
    ``remove: true``) and a reason; they apply before any rewrite and are reported.
    """
    version = str(document.get("openapi", ""))
    if not SUPPORTED_VERSIONS.match(version):
        raise ToolkitError(f"/openapi: expected OpenAPI 3.0 or 3.1, found {version!r}")
    corrections: list[tuple[str, str, str]] = []
    if overlay:
        document = copy.deepcopy(document)
        corrections = _apply_overlay(document, overlay, overlay_name)
    report = NormalizationReport(
        introduction=(
            f"Written by `python -m generator normalize` from the published OpenAPI {version} "
            f"document `{source_name}`. Every rewrite of the document into the spec conventions "
            "(docs/spec-conventions.md) is listed under its JSON pointer in the document, with "
            "its evidence and a confidence: `high` and `medium` follow from the document, `low` "
            "is a guess a person should confirm (an example dropped, a defect resolved). The "
            "page's overlays (spec/operations.yaml, supplement.yaml, overrides.yaml) do not "
            "apply: the document brings its own operations."
        )
    )
    components = document.get("components") or {}
    schemas = components.get("schemas") or {}
    if not isinstance(schemas, dict):
        raise ToolkitError("/components/schemas: expected a mapping of schemas")
    for pointer, decision, reason in corrections:
        report.add("overlay", pointer, decision, f"{overlay_name}: {reason}", OVERRIDE)
    rewriter = SchemaRewriter(schemas, report, nullable_keyword=version.startswith("3.0"))
    info = dict(document.get("info") or {})
    info["description"] = (
        f"Imported by `python -m generator normalize` from the published OpenAPI {version} "
        f"document {source_name}, rewritten into the spec conventions "
        "(docs/spec-conventions.md). Do not edit: change the document and normalize again."
    )
    spec: dict[str, Any] = {"openapi": "3.1.0", "info": info}
    spec["servers"] = _servers(document.get("servers") or [], report)
    for key in ("security", "tags"):
        if key in document:
            spec[key] = copy.deepcopy(document[key])
    spec[PATHS] = _paths(document.get(PATHS) or {}, rewriter, report)
    spec["components"] = {
        "schemas": rewriter.rewrite_all(),
        **{k: copy.deepcopy(v) for k, v in components.items() if k != "schemas"},
    }
    _check_known_top_level(document)
    report.counts = {
        "schemas in the document": len(schemas),
        "components in the spec": len(spec["components"]["schemas"]),
        "properties in the spec": sum(
            len(schema.get("properties") or {}) for schema in spec["components"]["schemas"].values()
        ),
        "operations": len(read_operations(spec)),
        "rewrites": len(report.findings),
    }
    return NormalizedSpec(spec, report)


def _apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any], name: str
) -> list[tuple[str, str, str]]:
    """Apply the overlay's ``corrections`` to ``document``; each as (pointer, decision, reason)."""
    unknown = set(overlay) - {"corrections"}
    if unknown:
        raise ToolkitError(f"{name}: expected only 'corrections', found {sorted(unknown)}")
    entries = overlay.get("corrections") or []
    if not isinstance(entries, list):
        raise ToolkitError(f"{name}: corrections: expected a list")
    applied = []
    for index, entry in enumerate(entries):
        where = f"{name}: corrections[{index}]"
        if not isinstance(entry, dict) or not entry.get("reason"):
            raise ToolkitError(f"{where}: expected a pointer, a value or remove, and a reason")
        pointer = entry.get("pointer")
        if not isinstance(pointer, str) or not pointer.startswith("/"):
            raise ToolkitError(f"{where}.pointer: expected a JSON pointer such as /paths/...")
        if ("value" in entry) == bool(entry.get("remove")):
            raise ToolkitError(f"{where}: expected either a value or remove: true")
        *parent_tokens, last = pointer[1:].split("/")
        parent = pointer_target(document, parent_tokens)
        key = unescape_pointer_token(last)
        if not isinstance(parent, dict) or (entry.get("remove") and key not in parent):
            raise ToolkitError(f"{where}.pointer: {pointer} names nothing in the document")
        if entry.get("remove"):
            del parent[key]
            decision = "removed"
        else:
            parent[key] = copy.deepcopy(entry["value"])
            decision = f"set to {entry['value']!r}"
        applied.append((pointer, decision, str(entry["reason"])))
    return applied


def _check_known_top_level(document: dict[str, Any]) -> None:
    known = {"openapi", "info", "servers", PATHS, "components", "security", "tags", "externalDocs"}
    unknown = set(document) - known
    if unknown:
        raise ToolkitError(f"/: keys {sorted(unknown)} are not understood")


def _servers(
    servers: list[Any], report: NormalizationReport, pointer: str = "/servers"
) -> list[dict[str, Any]]:
    """One server with a ``metro`` variable, from servers that differ in that label only; a
    single server is kept as it is, and a document without servers (a models-only one) has none."""
    if not isinstance(servers, list):
        raise ToolkitError(f"{pointer}: expected a list of servers")
    if not servers:
        return []
    if len(servers) == 1:
        return [copy.deepcopy(servers[0])]
    matches = [_METRO_HOST.match(str(server.get("url", ""))) for server in servers]
    shapes = {
        (match["scheme"], match["prefix"], match["rest"]) for match in matches if match is not None
    }
    if None in matches or len(shapes) != 1:
        raise ToolkitError(
            f"{pointer}: expected one server, or URLs that differ only in the metro's host label"
        )
    scheme, prefix, rest = next(iter(shapes))
    metros = [match["metro"] for match in matches if match is not None]
    places = [
        f"{metro} ({server['description']})" if server.get("description") else metro
        for metro, server in zip(metros, servers, strict=True)
    ]
    server = {
        "url": f"{scheme}{prefix}{{metro}}{rest}",
        "description": "The API of one metro.",
        "variables": {
            "metro": {
                "default": metros[0],
                "description": "The metro to address, for example " + ", ".join(places) + ".",
            }
        },
    }
    report.add(
        "server",
        pointer,
        f"one server `{server['url']}` with the variable `metro` (default `{metros[0]}`)",
        f"the document lists {len(servers)} servers that differ only in the metro's host label; "
        "the variable is not an enum, since new metros are added",
        HIGH,
    )
    return [server]


def _paths(
    paths: dict[str, Any], rewriter: SchemaRewriter, report: NormalizationReport
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for path, item in paths.items():
        item_pointer = join_pointer("/" + PATHS, path)
        if not isinstance(item, dict):
            raise ToolkitError(f"{item_pointer}: expected a path item")
        new_item = copy.deepcopy(item)
        item_servers = new_item.pop("servers", None)
        for key in ("parameters",):
            if key in new_item:
                new_item[key] = _parameters(new_item[key], f"{item_pointer}/{key}", rewriter)
        for method in HTTP_METHODS:
            operation = new_item.get(method)
            if isinstance(operation, dict):
                _own_servers(operation, item_servers, f"{item_pointer}/{method}", report)
                _operation(operation, f"{item_pointer}/{method}", rewriter, report)
        result[path] = new_item
    return result


def _own_servers(
    operation: dict[str, Any],
    item_servers: list[Any] | None,
    pointer: str,
    report: NormalizationReport,
) -> None:
    """An operation's own servers (or its path item's), as one server with a metro variable."""
    if "servers" in operation:
        operation["servers"] = _servers(operation["servers"], report, f"{pointer}/servers")
    elif item_servers is not None:
        operation["servers"] = _servers(item_servers, report, f"{pointer}/servers")
        report.add(
            "server",
            f"{pointer}/servers",
            "the path item's servers became the operation's",
            "the operation is what the client calls; its path item's servers apply to it",
            HIGH,
        )


def _operation(
    operation: dict[str, Any], pointer: str, rewriter: SchemaRewriter, report: NormalizationReport
) -> None:
    if "parameters" in operation:
        operation["parameters"] = _parameters(
            operation["parameters"], f"{pointer}/parameters", rewriter
        )
    body = operation.get("requestBody")
    if isinstance(body, dict):
        _content(body, f"{pointer}/requestBody", rewriter)
    responses = operation.get("responses") or {}
    for status, response in responses.items():
        if isinstance(response, dict):
            _content(response, join_pointer(f"{pointer}/responses", str(status)), rewriter)
    if set(responses) == {"default"}:
        responses["200"] = copy.deepcopy(responses["default"])
        responses["200"]["description"] = "Success: the operation's response envelope."
        responses["default"]["description"] = (
            "Any other status: the same envelope, with status error."
        )
        operation["responses"] = {"200": responses["200"], "default": responses["default"]}
        report.add(
            "response",
            f"{pointer}/responses",
            "the `default` response is also the `200` response",
            "the document gives only a default response; the API answers success with the same "
            "envelope (status success), errors with status error",
            MEDIUM,
        )


def _parameters(parameters: Any, pointer: str, rewriter: SchemaRewriter) -> list[Any]:
    if not isinstance(parameters, list):
        raise ToolkitError(f"{pointer}: expected a list of parameters")
    result = []
    for index, parameter in enumerate(parameters):
        if isinstance(parameter, dict) and "schema" in parameter:
            parameter = dict(parameter)
            parameter["schema"] = rewriter.property_schema(
                parameter["schema"], f"{pointer}/{index}/schema"
            )
        result.append(parameter)
    return result


def _content(holder: dict[str, Any], pointer: str, rewriter: SchemaRewriter) -> None:
    """The schemas of a body's or response's media types, rewritten: a JSON one like a
    property; a form's fields one by one (a file, a binary string, as it is); the schema of
    text or bytes is the media type's, and stays as written."""
    for media_type, media in (holder.get("content") or {}).items():
        if not isinstance(media, dict) or "schema" not in media:
            continue
        schema_pointer = join_pointer(f"{pointer}/content", media_type) + "/schema"
        if media_type == "multipart/form-data" and isinstance(media["schema"], dict):
            _form_schema(media["schema"], schema_pointer, rewriter)
        elif media_type == "application/json" or str(media_type).endswith("+json"):
            media["schema"] = rewriter.property_schema(media["schema"], schema_pointer)


def _form_schema(schema: dict[str, Any], pointer: str, rewriter: SchemaRewriter) -> None:
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return
    for name, field in properties.items():
        if isinstance(field, dict) and field.get("format") != "binary":
            properties[name] = rewriter.property_schema(
                field, join_pointer(pointer, "properties", name)
            )
