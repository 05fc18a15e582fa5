"""Where the project's inputs, outputs and test fixtures are."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "spec" / "source" / "unikraft-cloud-platform-schemas.txt"
REAL_SPEC = ROOT / "spec" / "openapi.yaml"
FIXTURES = ROOT / "tests" / "fixtures"
MINI_SPEC = FIXTURES / "mini-openapi.yaml"
MOCK_SPEC = FIXTURES / "mock-spec.yaml"
PUBLISHED_DOCUMENT = FIXTURES / "published" / "platform-v1.yaml"
# A frozen copy of the page and its overlays: tests of specific quirks read it, so that an update
# of the live page (spec/source) breaks none of them.
FROZEN_ROOT = FIXTURES / "frozen"
FROZEN_DOCUMENT = FROZEN_ROOT / "spec" / "source" / "unikraft-cloud-platform-schemas.txt"
