"""Writing outputs atomically: every file or tree is complete on disk or not written at all."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_files_atomically(contents: dict[Path, str]) -> None:
    """Write every file to a temporary sibling first, then move them all into place.

    Any failure before the moves leaves the previous outputs untouched.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in contents.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            staged.append((Path(temp_name), path))
        for temp, path in staged:
            os.replace(temp, path)
    finally:
        for temp, _ in staged:
            if temp.exists():
                temp.unlink()


def replace_directory(staging: Path, output: Path) -> None:
    """Put ``staging`` in the place of ``output`` (each step a rename, no partial tree)."""
    if not output.exists():
        staging.rename(output)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{output.name}-old-", dir=output.parent))
    retired.rmdir()
    output.rename(retired)
    try:
        staging.rename(output)
    except OSError:
        retired.rename(output)
        raise
    shutil.rmtree(retired)
