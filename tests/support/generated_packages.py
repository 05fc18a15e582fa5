"""Generate a client package from a spec file and import it beside the committed ``ukc_client``.

The one place the tests reach the generator's "spec file in, package out" step, so that when
that function moves only this module changes.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path
from types import ModuleType

from generator.codegen.package import generate_from_spec
from tests.support.paths import ROOT

# The modules a test of the models uses; imported at once, while the package is on sys.path.
MODEL_MODULES = ("models", "converter", "errors", "types", "testing")


def generate_package(spec_path: Path, output: Path) -> None:
    """Write the package generated from the spec file ``spec_path`` into ``output``."""
    generate_from_spec(spec_path, output, ROOT)


def import_generated(output: Path, module_name: str) -> ModuleType:
    """Import the package that ``generate_package`` wrote into ``output`` as ``module_name``
    (a name no other package uses, so several generated packages live side by side)."""
    shutil.move(output / "ukc_client", output / module_name)
    sys.path.insert(0, str(output))
    try:
        package = importlib.import_module(module_name)
        for module in MODEL_MODULES:
            importlib.import_module(f"{module_name}.{module}")
    finally:
        sys.path.remove(str(output))
    return package
