"""Validate a JSON document against a component schema of a spec, ``$ref`` s resolved in it.

The spec is one resource of a ``referencing`` registry and the document is checked against a
``$ref`` into it (JSON Schema Draft 2020-12, with the ``uuid`` and ``date-time`` formats
checked), as ``tests/codegen/test_property_roundtrip.py`` checks the real spec.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.openapi.refs import schema_pointer

SPEC_URI = "urn:ukc:openapi"


def component_validator(spec: Mapping[str, Any], component: str) -> Draft202012Validator:
    """The validator of the documents of ``component``, a schema of ``spec``'s components."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        {"$ref": SPEC_URI + schema_pointer(component)},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
