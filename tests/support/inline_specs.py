"""Small specs written inline in a test: generate their client, round-trip their components.

A test of one schema form writes only the component schemas; ``inline_client`` wraps them in
an OpenAPI 3.1 document, generates the package and imports it under a name of its own, and
``assert_round_trips`` checks, on values drawn from the package's own strategies, that the
converter reads back what it writes and that what it writes fits the component's schema.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import yaml
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from tests.support.component_schemas import component_validator
from tests.support.generated_packages import generate_package, import_generated

# Few examples per form: each test covers one form, and CI runs them on two cores.
FORM_SETTINGS = settings(max_examples=25, deadline=None)
# ``find`` returns the first value that fits: shrinking it would only cost time. It stops at
# that value, so a budget beyond the profile's examples costs time only when a value is rare.
FIRST_FOUND = settings(database=None, phases=[Phase.generate], max_examples=500)


@attrs.frozen
class InlineClient:
    """The package generated from an inline spec, and that spec."""

    package: ModuleType
    spec: dict[str, Any]

    def strategy(self, component: str) -> st.SearchStrategy[Any]:
        """The strategy ``testing.STRATEGIES`` of the generated package has for ``component``."""
        strategies: dict[str, st.SearchStrategy[Any]] = self.package.testing.STRATEGIES
        return strategies[component]


def openapi_document(schemas: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI 3.1 document with no operations whose components are ``schemas``."""
    return {
        "openapi": "3.1.0",
        # The generator stamps the package with the spec's version.
        "info": {"title": "Inline test spec", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def inline_client(schemas: dict[str, Any], directory: Path) -> InlineClient:
    """Generate and import the client of the component ``schemas`` (files in ``directory``)."""
    spec = openapi_document(schemas)
    spec_path = directory / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    output = directory / "generated"
    generate_package(spec_path, output)
    package = import_generated(output, f"ukc_client_inline_{uuid.uuid4().hex}")
    return InlineClient(package, spec)


def assert_round_trips(
    client: InlineClient, component: str, check: Callable[[Any], None] = lambda value: None
) -> None:
    """For values of ``component`` drawn from its strategy: ``structure(unstructure(x)) == x``,
    ``unstructure(x)`` fits the component's schema, and ``check(x)`` passes."""
    package = client.package
    cls = package.MODELS[component]
    validator = component_validator(client.spec, component)

    @FORM_SETTINGS
    @given(value=client.strategy(component))
    def round_trip(value: Any) -> None:
        document = package.unstructure(value)
        assert package.structure(document, cls) == value
        assert [error.message for error in validator.iter_errors(document)] == []
        check(value)

    round_trip()


def assert_draws(client: InlineClient, component: str, condition: Callable[[Any], bool]) -> None:
    """The strategy of ``component`` draws a value that meets ``condition``."""
    found = find(client.strategy(component), condition, settings=FIRST_FOUND)
    assert condition(found)
