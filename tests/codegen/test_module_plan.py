"""Which module of ``ukc_client._models`` defines each class, and what it imports."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from generator.codegen.converter_plan import plan_models
from generator.codegen.model_graph import ModelGraph, build_model_graph
from generator.codegen.module_plan import ModelModule, module_name, plan_model_modules
from tests.support.inline_specs import openapi_document
from tests.support.paths import ROOT
from tests.support.small_spec import ref

STATUS = {"type": "string", "enum": ["ok", "failed"]}
SCHEMAS: dict[str, Any] = {
    # Folder and Document name each other: one module, whoever is imported first.
    "Folder": {
        "type": "object",
        "properties": {"documents": {"type": "array", "items": ref("Document")}},
    },
    "Document": {
        "type": "object",
        "properties": {"folder": ref("Folder"), "status": ref("Status")},
    },
    # Only Page refers to Footer: Footer goes into Page's module.
    "Page": {"type": "object", "properties": {"footer": ref("Footer"), "status": ref("Status")}},
    "Footer": {"type": "object", "properties": {"text": {"type": "string"}}},
    # Two models refer to Status: it keeps a module of its own.
    "Status": STATUS,
}


def _modules(schemas: dict[str, Any]) -> dict[str, ModelModule]:
    graph = build_model_graph(openapi_document(schemas))
    return {module.name: module for module in plan_model_modules(graph, plan_models(graph))}


def test_classes_that_name_each_other_share_a_module() -> None:
    modules = _modules(SCHEMAS)
    assert set(modules["folder"].names) == {"Folder", "Document"}
    assert modules["folder"].imports == (("status", ("Status",)),)


def test_a_class_only_one_other_names_goes_into_its_module() -> None:
    modules = _modules(SCHEMAS)
    assert modules["page"].names == ("Page", "Footer")
    assert modules["status"].names == ("Status",)
    assert sorted(modules) == ["folder", "page", "status"]


def test_every_name_is_in_exactly_one_module(real_graph: ModelGraph) -> None:
    modules = plan_model_modules(real_graph, plan_models(real_graph))
    names = [name for module in modules for name in module.names]
    expected = [
        item.name
        for group in (real_graph.models, real_graph.enums, real_graph.unions, real_graph.aliases)
        for item in group
    ]
    assert sorted(names) == sorted(expected)
    assert len({module.name for module in modules}) == len(modules)


def test_module_names_are_snake_case_and_never_keywords() -> None:
    assert module_name("NameOrUUIDByName") == "name_or_uuid_by_name"
    assert module_name("InstanceState") == "instance_state"
    assert module_name("Import") == "import_"


def test_importing_one_model_loads_only_what_its_annotations_reach() -> None:
    script = (
        "import sys, attrs\n"
        "from ukc_client.models import Instance\n"
        "loaded = {m for m in sys.modules if m.startswith('ukc_client._models.')}\n"
        "assert 'ukc_client._models.instance' in loaded, loaded\n"
        "assert 'ukc_client._models.get_volumes_response' not in loaded, loaded\n"
        "assert 'ukc_client.converter' not in sys.modules\n"
        "assert attrs.fields(attrs.resolve_types(Instance)).state.type is not None\n"
        "import ukc_client.models as models\n"
        "from ukc_client.models import *\n"
        "assert all(hasattr(models, name) for name in models.__all__)\n"
        "assert set(models.__all__) <= set(dir(models))\n"
        "assert models.MODELS['Instance'] is Instance\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT / "generated",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
