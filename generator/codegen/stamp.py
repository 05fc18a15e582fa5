"""Stamps the generated distribution: the spec's version, a hash of the inputs, its dependencies.

The hash covers every input that decides the generated files: the schema document, the
operations, the supplement and the overrides (``generator.spec.inputs``), the source the project
names when it is another document and its overlay (``generator.imported``), and the templates this
generator renders. Outputs
such as ``spec/openapi.yaml`` are left out. Two checkouts with the same inputs stamp the same
hash.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from generator.codegen.render import TEMPLATES
from generator.errors import ToolkitError
from generator.imported.importer import overlay_path
from generator.imported.source import configured_source
from generator.spec.inputs import SPEC, SpecInputs

DISTRIBUTION_NAME = "ukc-client"
IMPORT_NAME = "ukc_client"
NORMALIZED_SPEC = SPEC
# The templates this generator renders, wherever the project that runs it lives.
GENERATOR_TEMPLATES = TEMPLATES

# The client's only runtime dependencies, from the lowest versions its tests pass with
# (.ci/dependency-bounds runs them there and at the newest releases) up to the next major
# release. Raise a floor only with its reason here.
# - attrs 22.2.0: the lowest the tests can run on (jsonschema's referencing needs it); the
#   package itself uses only the ``attrs`` namespace of 21.3.0.
# - cattrs 22.1.0: the first release with the ``cattrs`` import name the converter uses.
# - urllib3 2.0.2: the first 2.x release on PyPI (the transport is written for 2.x).
RUNTIME_REQUIREMENTS = ("attrs>=22.2.0,<27", "cattrs>=22.1.0,<27", "urllib3>=2.0.2,<3")
TESTING_REQUIREMENTS = ("hypothesis>=6.170.15,<7",)
# The ``async`` extra: the HTTP library of ``AsyncClient``, which sync users do without.
ASYNC_REQUIREMENTS = ("httpx>=0.28.1,<0.29",)


def lowest_runtime_versions() -> tuple[str, ...]:
    """The runtime requirements pinned to their floors (``attrs==22.2.0``), for the check that
    the package works there."""
    return tuple(
        requirement.split(">=", 1)[0] + "==" + requirement.split(">=", 1)[1].split(",", 1)[0]
        for requirement in RUNTIME_REQUIREMENTS
    )


_RELEASE_VERSION = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_NOT_IN_LOCAL_LABEL = re.compile(r"[^A-Za-z0-9]+")


@attrs.frozen
class DistributionStamp:
    """What the generated distribution says about itself."""

    spec_version: str
    inputs_sha256: str
    version: str
    spec_file: str = NORMALIZED_SPEC.as_posix()
    """The spec the package was generated from, as its docstrings and documents name it."""
    distribution_name: str = DISTRIBUTION_NAME
    import_name: str = IMPORT_NAME
    requirements: tuple[str, ...] = RUNTIME_REQUIREMENTS
    testing_requirements: tuple[str, ...] = TESTING_REQUIREMENTS
    async_requirements: tuple[str, ...] = ASYNC_REQUIREMENTS

    def as_context(self) -> dict[str, Any]:
        """The stamp as template variables."""
        return attrs.asdict(self, recurse=False)


def input_files(root: Path, templates: Path = GENERATOR_TEMPLATES) -> dict[str, Path]:
    """The files the generated output depends on, by name, in a stable order.

    The normalizer's inputs are named by their path under ``root`` (``spec/operations.yaml``),
    the templates by their path under ``templates`` (``templates/package/...``).
    """
    source = configured_source(root)
    sources = (*SpecInputs.at(root).all_paths(), source, overlay_path(source))
    files = {
        path.relative_to(root).as_posix(): path
        for path in sources
        if path.is_file() and path.is_relative_to(root)
    }
    for path in templates.rglob("*"):
        relative = path.relative_to(templates)
        if path.is_file() and not _is_incidental(relative):
            files[f"templates/{relative.as_posix()}"] = path
    return dict(sorted(files.items()))


def _is_incidental(relative: Path) -> bool:
    """Editor and interpreter leftovers, which never change what is generated."""
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts)


def inputs_sha256(root: Path, templates: Path = GENERATOR_TEMPLATES) -> str:
    """A sha256 over the names and contents of every input file."""
    digest = hashlib.sha256()
    for name, path in input_files(root, templates).items():
        content = path.read_bytes()
        # Name and length first, so that moving bytes from one file to the next changes the hash.
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def spec_version(spec: Mapping[str, Any], source: str | Path = NORMALIZED_SPEC) -> str:
    """The API's version, ``info.version`` of the spec read from ``source``."""
    info = spec.get("info")
    version = info.get("version") if isinstance(info, Mapping) else None
    if not isinstance(version, str) or not version:
        raise ToolkitError(f"{source}: /info/version: expected the API's version string")
    return version


def package_version(version: str, source: str | Path = NORMALIZED_SPEC) -> str:
    """The distribution's version (PEP 440) for a spec version.

    A release number (``1.2.0``) is used as it is. Any other spec version, such as the
    ``document-<digest>`` of an unversioned document, becomes the local label of release 0
    (``0+document.<digest>``), so that each document still gets a version of its own.
    """
    if _RELEASE_VERSION.match(version):
        return version
    label = _NOT_IN_LOCAL_LABEL.sub(".", version).strip(".").lower()
    if not label:
        raise ToolkitError(
            f"{source}: /info/version: expected a release number or letters and digits, "
            f"got {version!r}"
        )
    return f"0+{label}"


def spec_file_name(path: Path, root: Path) -> str:
    """How the package names the spec file ``path`` it is generated from: its path under the
    project ``root`` when it is inside, else its file name alone (no directory of the machine
    that generated it)."""
    resolved, project = path.resolve(), root.resolve()
    return (
        resolved.relative_to(project).as_posix() if resolved.is_relative_to(project) else path.name
    )


def stamp_distribution(
    spec: Mapping[str, Any],
    root: Path,
    templates: Path = GENERATOR_TEMPLATES,
    source: str | Path = NORMALIZED_SPEC,
    spec_file: str = NORMALIZED_SPEC.as_posix(),
) -> DistributionStamp:
    """The stamp for the distribution generated from ``spec`` (read from ``source``, the file
    its errors name; ``spec_file`` names it in the package) and the inputs under ``root``."""
    version = spec_version(spec, source)
    return DistributionStamp(
        spec_version=version,
        inputs_sha256=inputs_sha256(root, templates),
        version=package_version(version, source),
        spec_file=spec_file,
    )
