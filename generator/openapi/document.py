"""Spec documents as files: loading one (YAML or JSON) with a clear error, and writing the
spec as YAML text with a stable key order and block scalars for multi-line descriptions."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ToolkitError

# Where the spec the toolkit was built with is: a wheel carries it as package data (the
# ``generator.bundled_spec`` package is the checkout's ``spec/`` folder, see pyproject.toml); a
# checkout or an editable install reads ``spec/openapi.yaml`` itself.
_BUNDLED_SPEC = Path(__file__).resolve().parents[1] / "bundled_spec" / "openapi.yaml"
_CHECKOUT_SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
SPEC_ENVIRONMENT_VARIABLE = "UKC_SPEC"


def default_spec_path() -> Path:
    """The spec the mock, the pytest plugin and the contract run use unless told otherwise.

    ``UKC_SPEC`` names a consumer's own copy; else the spec installed with the toolkit; else,
    in a checkout, ``spec/openapi.yaml``.
    """
    configured = os.environ.get(SPEC_ENVIRONMENT_VARIABLE)
    if configured:
        return Path(configured)
    if _BUNDLED_SPEC.is_file():
        return _BUNDLED_SPEC
    return _CHECKOUT_SPEC


# libyaml's emitter and parser, when PyYAML has them: they write the same text and read the same
# values as PyYAML's own, several times faster on a spec this size.
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
SPEC_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecDumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """Never emits aliases: a spec is read by people and by many tools."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    if "\n" in text:
        return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", text)


_SpecDumper.add_representer(str, _represent_str)


def dump_spec(spec: dict[str, Any]) -> str:
    return yaml.dump(
        spec, Dumper=_SpecDumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )


def load_document(path: Path) -> dict[str, Any]:
    """The OpenAPI document in ``path`` (JSON for ``.json``, YAML otherwise).

    A file that cannot be read, does not parse, or is not a mapping with an ``openapi`` version
    is a ``ToolkitError`` naming the file.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ToolkitError(f"{path}: cannot read the spec: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise ToolkitError(f"{path}: not UTF-8 text: {error.reason}") from error
    try:
        if path.suffix.lower() == ".json":
            loaded = json.loads(text)
        else:
            loaded = yaml.load(text, Loader=SPEC_LOADER)
    except (ValueError, yaml.YAMLError) as error:
        kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
        raise ToolkitError(f"{path}: not valid {kind}: {error}") from error
    if not isinstance(loaded, dict) or "openapi" not in loaded:
        raise ToolkitError(f"{path}: expected an OpenAPI document (a mapping with 'openapi')")
    return loaded
