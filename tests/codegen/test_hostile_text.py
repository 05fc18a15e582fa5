"""Spec text that could break or inject into generated code: escaped, reads back unchanged.

One spec (``tests/support/hostile_spec.py``) puts quotes, triple quotes, backslashes, newlines,
``${``, NUL and other control characters, and a payload that would run if pasted unescaped,
into every place spec text reaches the package: descriptions of schemas, fields, operations and
tags, the title, enum values, server URLs, paths, parameter and property names, operation ids.
Names are keywords, builtins, ``self`` and the package's own runtime names. The package is
generated once, imported, checked with ``mypy --strict`` and called over a loopback socket.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import pytest

from tests.support.generated_packages import generate_package, import_generated
from tests.support.hostile_spec import (
    ECHO_PATH,
    ECHO_QUERY,
    HOSTILE,
    HOSTILE_ENUM_VALUES,
    HOSTILE_FIELD_NAMES,
    HOSTILE_ONE_LINE,
    HOSTILE_PATH,
    PAYLOAD,
    RUNTIME_SCHEMA_NAMES,
    hostile_spec,
)
from tests.support.inline_specs import InlineClient, assert_round_trips
from tests.support.loopback_server import LoopbackServer, ScriptedResponse
from tests.support.paths import ROOT

MARKER = "UKC_HOSTILE_RAN"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ModuleType, str]]:
    directory = tmp_path_factory.mktemp("hostile")
    spec_path = directory / "openapi.json"
    spec_path.write_text(json.dumps(hostile_spec()), encoding="utf-8")
    output = directory / "generated"
    process = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", spec_path, "--output", output],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    os.environ.pop(MARKER, None)
    generate_package(spec_path, directory / "again")
    package = import_generated(directory / "again", f"ukc_client_hostile_{uuid.uuid4().hex}")
    # The HTTP layer is imported on first use; the checks below reach its module directly.
    package.client = importlib.import_module(f"{package.__name__}.client")
    yield output, package, process.stderr


def _text_survives(text: str | None) -> None:
    """A docstring made of ``HOSTILE``: its payload, quotes, backslashes and NUL are all there."""
    assert text is not None
    for part in (PAYLOAD, '"""', "'''", "\\x41", "${HOME}", "{{ name }}", "\x00", "tail\\"):
        assert part in text, part


def test_no_spec_text_runs_on_import(generated: tuple[Path, ModuleType, str]) -> None:
    output, package, _ = generated
    assert MARKER not in os.environ
    for source in (output / "ukc_client").rglob("*.py"):
        code = source.read_bytes()
        assert b"\x00" not in code
        ast.parse(code, filename=str(source))
    assert package.client.OPERATIONS["get_hostile"].path == HOSTILE_PATH


def test_generated_package_passes_mypy_strict(generated: tuple[Path, ModuleType, str]) -> None:
    output = generated[0]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "ukc_client"],
        capture_output=True,
        text=True,
        cwd=output,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_descriptions_survive_as_docstrings(generated: tuple[Path, ModuleType, str]) -> None:
    package = generated[1]
    models, client = package.models, package.client
    _text_survives(models.Hostile.__doc__)
    _text_survives(models.HostileCode.__doc__)
    _text_survives(models.DecodeErrorModel.__doc__)
    _text_survives(client.HostileOperations.__doc__)
    _text_survives(client.HostileOperations.get.__doc__)
    # One-line texts (the title) lose their line breaks, nothing else.
    for module in (package, models, package.testing):
        assert PAYLOAD in (module.__doc__ or "")
        assert '"""' in (module.__doc__ or "")
    assert HOSTILE_ONE_LINE in (client.ImportOperations.echo.__doc__ or "")


def test_enum_values_and_urls_survive(generated: tuple[Path, ModuleType, str]) -> None:
    package = generated[1]
    assert [member.value for member in package.models.HostileCode] == list(HOSTILE_ENUM_VALUES)
    operations = package.client.OPERATIONS
    assert operations["get_hostile"].server_url == "https://op.example/" + HOSTILE_ONE_LINE
    assert operations["echo"].path == ECHO_PATH
    assert package.client.SERVER_URL == "https://api.{metro}.example/" + HOSTILE_ONE_LINE
    assert package.client.DEFAULT_METRO == HOSTILE_ONE_LINE


def test_property_names_are_renamed_and_keep_their_wire_names(
    generated: tuple[Path, ModuleType, str],
) -> None:
    package = generated[1]
    values = {name: f"value of {name}" for name in HOSTILE_FIELD_NAMES}
    document = {
        **values,
        "choice": HOSTILE,
        "code": HOSTILE_ONE_LINE,
        "fixed": HOSTILE,
        "mixed": HOSTILE_ONE_LINE,
        'in"line': {"class": HOSTILE},
    }
    model = package.structure(document, package.models.Hostile)
    assert model.self_ == "value of self"
    assert model.class_ == "value of class"
    assert (model.fixed, model.mixed, model.in_line.class_) == (HOSTILE, HOSTILE_ONE_LINE, HOSTILE)
    assert package.unstructure(model) == document


def test_runtime_names_are_renamed_and_reported(generated: tuple[Path, ModuleType, str]) -> None:
    _, package, stderr = generated
    for name in RUNTIME_SCHEMA_NAMES:
        cls = package.MODELS[name]
        assert cls.__name__ == name + "Model"
        assert f"#/components/schemas/{name}: class {name}Model" in stderr
    # The runtime keeps its own meaning of every name.
    assert issubclass(package.errors.DecodeError, Exception)
    assert package.types.UNSET is not package.MODELS["UNSET"]
    assert package.Client is package.client.Client


def test_components_round_trip(generated: tuple[Path, ModuleType, str]) -> None:
    client = InlineClient(generated[1], hostile_spec())
    for component in ("Hostile", "HostileCode", "DecodeError", "UNSET"):
        assert_round_trips(client, component)


def test_parameter_names_reach_the_wire(
    generated: tuple[Path, ModuleType, str], loopback: LoopbackServer
) -> None:
    package = generated[1]
    arguments: dict[str, Any] = {
        "self_": "a",
        "x_y": 'b"',
        "from_": "c\\",
        "timeout_": "d",
        "body_": "e",
        "fields_": "f",
        "str": "g",
    }
    data = {"self": "s", "class": "c"}
    loopback.script(ScriptedResponse(body={"status": "success", "data": data}))
    with package.Client(token="token", base_url=loopback.url, allow_http=True) as client:
        answer = client.import_.echo('k"\\', **arguments)
    assert (answer.self_, answer.class_) == ("s", "c")
    request = loopback.requests[0]
    assert unquote(request.path) == ECHO_PATH.replace("{class}", 'k"\\')
    assert request.query == {
        name: [value] for name, value in zip(ECHO_QUERY, arguments.values(), strict=True)
    }
