"""The spec as YAML text: stable key order, block scalars for multi-line descriptions."""

from __future__ import annotations

from typing import Any

import yaml

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
