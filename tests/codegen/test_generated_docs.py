"""The generated package's own text follows the document it is generated from: the file and the
title it names, what its methods return, how its quick start makes a client, and only the
features the package has (``generator/codegen/docs_plan.py``, ``plan_package_docs``)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.codegen.docs_plan import plan_package_docs
from generator.codegen.operation_graph import build_operation_graph
from generator.openapi.document import load_document
from tests.support.generated_packages import generate_package, import_generated
from tests.support.paths import REAL_SPEC, ROOT

CORPUS = ROOT / "tests" / "fixtures" / "openapi-corpus"
QUICK_START = re.compile(r"```python\n(from ukc_client import Client\n\n.*?)```", re.DOTALL)


def generated(document: Path, output: Path, module_name: str) -> tuple[Path, ModuleType]:
    """The directory generated from ``document`` and its package, imported as ``module_name``."""
    generate_package(document, output)
    return output, import_generated(output, module_name)


@pytest.fixture(scope="module")
def api_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ModuleType]:
    output = tmp_path_factory.mktemp("api-key")
    return generated(CORPUS / "api-key-header.yaml", output, "docs_api_key_header")


@pytest.fixture(scope="module")
def public(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ModuleType]:
    output = tmp_path_factory.mktemp("public")
    return generated(CORPUS / "no-security.yaml", output, "docs_no_security")


def quick_start(api_md: str) -> str:
    found = QUICK_START.search(api_md)
    assert found is not None, "api.md has no quick start"
    return found.group(1)


def run_quick_start(api_md: str, package: ModuleType, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run the quick start against the generated package; return the client it made."""
    monkeypatch.delenv("UKC_TOKEN", raising=False)
    monkeypatch.delenv("UKC_METRO", raising=False)
    code = quick_start(api_md).replace("from ukc_client ", f"from {package.__name__} ")
    namespace: dict[str, Any] = {}
    exec(compile(code, "api.md", "exec"), namespace)
    return namespace["client"]


def test_an_api_key_package_names_its_document_title_and_credentials(
    api_key: tuple[Path, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    output, package = api_key
    readme = (output / "README.md").read_text(encoding="utf-8")
    api_md = (output / "api.md").read_text(encoding="utf-8")
    source = "tests/fixtures/openapi-corpus/api-key-header.yaml"
    assert readme.startswith(
        f"# ukc-client\n\nA typed Python client of the Pet shop, generated from {source}.\n"
    )
    assert f"Generated from {source} by `python -m generator generate`" in api_md
    assert f"Generated from {source} by ``python -m generator generate``" in package.__doc__
    assert quick_start(api_md).endswith(
        'client = Client(api_key="...")  # the metro from UKC_METRO\n'
    )
    # Its one answer is the API's envelope: the method returns its ``data``.
    assert "Every method returns the answer's `data`" in api_md
    assert "- **API key**: checked when the client is made" in readme
    client = run_quick_start(api_md, package, monkeypatch)
    try:
        assert type(client).__name__ == "Client"
    finally:
        client.close()


def test_a_public_api_without_envelope_or_metros_says_so(
    public: tuple[Path, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    output, package = public
    readme = (output / "README.md").read_text(encoding="utf-8")
    api_md = (output / "api.md").read_text(encoding="utf-8")
    assert "A typed Python client of the Pets, generated from" in readme
    assert quick_start(api_md).endswith("client = Client()\n")
    assert 'Every method returns the answer, read as named under "Returns".' in api_md
    for absent in ("`data`", "UKC_TOKEN", "UKC_METRO", "metro"):
        assert absent not in api_md
    client = run_quick_start(api_md, package, monkeypatch)
    client.close()


@pytest.mark.parametrize("document", ["api-key-header.yaml", "no-security.yaml"])
def test_readme_leaves_out_what_the_package_does_not_have(
    document: str, api_key: tuple[Path, ModuleType], public: tuple[Path, ModuleType]
) -> None:
    output = (api_key if document == "api-key-header.yaml" else public)[0]
    readme = (output / "README.md").read_text(encoding="utf-8")
    for absent in ("Unikraft", "wait_for", "iter_logs", "logs", "instance", "**Token**"):
        assert absent not in readme
    assert "`AsyncClient` (the `async` extra) has the same groups" in readme


def test_a_document_outside_the_project_is_named_by_its_file_name(tmp_path: Path) -> None:
    document = tmp_path / "elsewhere" / "shop.yaml"
    document.parent.mkdir()
    shutil.copy(CORPUS / "no-security.yaml", document)
    output = tmp_path / "out"
    generate_package(document, output)
    for name in ("api.md", "ukc_client/__init__.py", "ukc_client/models.py"):
        text = (output / name).read_text(encoding="utf-8")
        assert "Generated from shop.yaml by " in text
        assert str(tmp_path) not in text


def test_the_real_spec_keeps_its_token_metros_waiting_and_envelope() -> None:
    spec = load_document(REAL_SPEC)
    docs = plan_package_docs(build_operation_graph(spec), spec)
    assert docs.title == "Unikraft Cloud Platform API"
    assert docs.answers == "data"
    assert docs.client_arguments == ()
    assert docs.from_environment == (("token", "UKC_TOKEN"), ("metro", "UKC_METRO"))
    assert docs.waiting_group == "instances"
    assert docs.credential == "token"
    api_md = (ROOT / "generated" / "api.md").read_text(encoding="utf-8")
    assert "client = Client()  # the token from UKC_TOKEN, the metro from UKC_METRO\n" in api_md


def test_summaries_derived_from_operation_ids_read_as_words() -> None:
    answer = {
        "200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}
    }
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1.0.0"},
        "servers": [{"url": "https://pets.example"}],
        "paths": {
            f"/{name}": {"get": {"operationId": name, "tags": ["pets"], "responses": answer}}
            for name in ("createPet", "list_pets", "GetPetByID")
        },
    }
    summaries = {op.operation_id: op.summary for op in build_operation_graph(spec).operations}
    assert summaries == {
        "createPet": "Create pet",
        "list_pets": "List pets",
        "GetPetByID": "Get pet by id",
    }
