"""Reading inputs as text, and writing outputs atomically.

An input that is not text (not UTF-8, or with control characters) is refused with its line and
column, never a byte offset; every output file or tree is complete on disk or not written at all.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from generator.errors import ToolkitError

# C0 controls other than tab and newline, DEL, and a carriage return not followed by a newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)")


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of the character at ``offset``, as an editor shows them."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def decode_text(data: bytes, path: Path | str) -> str:
    """``data`` as UTF-8 text with ``\\n`` line ends; ``ToolkitError`` naming the line and column
    of the first byte that is not UTF-8 or of the first control character."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        good = data[: error.start].decode("utf-8")
        line, column = line_and_column(good, len(good))
        raise ToolkitError(
            f"{path}:{line}:{column}: not UTF-8 text (byte 0x{data[error.start]:02x}); "
            "expected a UTF-8 text file"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    control = _CONTROL.search(text)
    if control is not None:
        line, column = line_and_column(text, control.start())
        raise ToolkitError(
            f"{path}:{line}:{column}: control character U+{ord(control.group()):04X}; "
            "expected text (a binary file, or a stray byte?)"
        )
    return text.replace("\r\n", "\n")


def read_text(path: Path) -> str:
    """The text of the input at ``path`` (see ``decode_text``); unreadable files are errors."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ToolkitError(f"{path}: cannot read: {error.strerror or error}") from error
    return decode_text(data, path)


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
