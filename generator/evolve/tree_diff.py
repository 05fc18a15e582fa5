"""Compares the files a regeneration produces with the files committed, for a person to read."""

from __future__ import annotations

import difflib
import enum
from collections.abc import Iterable
from pathlib import Path

import attrs


class DriftKind(enum.Enum):
    MISSING = "missing"  # produced by the inputs, not committed
    UNEXPECTED = "unexpected"  # committed, not produced by the inputs
    DIFFERENT = "different"


@attrs.frozen
class FileDrift:
    """One file whose committed bytes differ from what the inputs produce."""

    path: str  # relative to the project, in POSIX form
    kind: DriftKind
    committed: bytes | None
    expected: bytes | None

    def unified_diff(self) -> list[str]:
        """The difference as unified-diff lines, committed first, expected second."""
        committed = _text_lines(self.committed)
        expected = _text_lines(self.expected)
        if committed is None or expected is None:
            return [f"Binary files a/{self.path} and b/{self.path} differ\n"]
        return list(
            difflib.unified_diff(
                committed,
                expected,
                fromfile=f"a/{self.path}" if self.committed is not None else "/dev/null",
                tofile=f"b/{self.path}" if self.expected is not None else "/dev/null",
            )
        )


def _text_lines(content: bytes | None) -> list[str] | None:
    if content is None:
        return []
    try:
        return content.decode("utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        return None


# Folders that interpreters and linters write beside code: never part of the generated output.
TOOL_CACHES = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}
)


def _files_under(root: Path, relative: Path) -> dict[str, Path]:
    """Files at or under ``root / relative``, keyed by their POSIX path relative to ``root``."""
    top = root / relative
    if top.is_file():
        return {relative.as_posix(): top}
    if not top.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path
        for path in top.rglob("*")
        if path.is_file() and not TOOL_CACHES.intersection(path.parts)
    }


def compare_trees(
    committed_root: Path, expected_root: Path, outputs: Iterable[Path]
) -> list[FileDrift]:
    """Each file of ``outputs`` (files or directories, relative) that differs between roots."""
    drifts: list[FileDrift] = []
    for relative in outputs:
        committed = _files_under(committed_root, relative)
        expected = _files_under(expected_root, relative)
        for path in sorted(committed.keys() | expected.keys()):
            committed_bytes = committed[path].read_bytes() if path in committed else None
            expected_bytes = expected[path].read_bytes() if path in expected else None
            if committed_bytes == expected_bytes:
                continue
            if committed_bytes is None:
                kind = DriftKind.MISSING
            elif expected_bytes is None:
                kind = DriftKind.UNEXPECTED
            else:
                kind = DriftKind.DIFFERENT
            drifts.append(FileDrift(path, kind, committed_bytes, expected_bytes))
    return drifts


def render_drift(drifts: list[FileDrift], max_lines: int) -> str:
    """A unified diff of the drifted files, cut after ``max_lines`` lines, then a list of them."""
    lines = [line for drift in drifts for line in drift.unified_diff()]
    shown = [line if line.endswith("\n") else line + "\n" for line in lines[:max_lines]]
    if len(lines) > max_lines:
        shown.append(f"... {len(lines) - max_lines} more diff line(s) left out\n")
    listing = "".join(f"  {drift.kind.value}: {drift.path}\n" for drift in drifts)
    return (
        "".join(shown) + f"\n{len(drifts)} file(s) differ from what the inputs produce:\n" + listing
    )
