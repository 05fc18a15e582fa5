"""Turns the page's flattened description text back into readable Markdown.

The rendered page lost the structure of tables, bullet lists and the one ASCII diagram: table
cells are glued together and the diagram's rows are joined into one line. This module restores
what can be restored from the text alone; a table it does not recognise is left as the page has it.
"""

from __future__ import annotations

import re

import attrs

_NESTED_BULLET = re.compile(r"^\s*• ")
_BOX_BREAK = re.compile(r" (?=[┌├└])| (?<=[┐┤] )(?=│)")


@attrs.frozen
class GluedTable:
    """A table whose cells the page glued together: its header line and how to split a row."""

    header: str
    columns: tuple[str, ...]
    row: re.Pattern[str]


# The tables of the page, by their glued header line. A row pattern splits one glued row.
GLUED_TABLES: tuple[GluedTable, ...] = (
    GluedTable(
        "ValueBitmaskAliasesScenario",
        ("Value", "Bitmask", "Aliases", "Scenario"),
        re.compile(r"^(\d+?)([01]{5})([F-][U-][P-][A-][K-])(.*)$"),
    ),
    GluedTable(
        "PolicyDescription",
        ("Policy", "Description"),
        re.compile(r"^([a-z][a-z_-]*)([A-Z].*)$"),
    ),
    GluedTable(
        "Bit43210 (LSB)",
        ("Bit", "4", "3", "2", "1", "0 (LSB)"),
        re.compile(r"^(Purpose)(\[F\]orced)(\[U\]ser)(\[P\]latform)(\[A\]pp)(\[K\]ernel)$"),
    ),
)


def to_markdown(description: str) -> str:
    """Restore bullet lists, glued tables and the box diagram of one description."""
    lines = description.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        table = _table_for(line)
        if table is not None:
            index = _emit_table(table, lines, index + 1, out)
            continue
        if "┌" in line and "┘" in line:
            out.extend(_diagram(line))
        elif _NESTED_BULLET.match(line):
            out.append("- " + _NESTED_BULLET.sub("", line, count=1))
        else:
            out.append(line)
        index += 1
    return _separate_blocks(out)


def _table_for(line: str) -> GluedTable | None:
    for table in GLUED_TABLES:
        if line.strip() == table.header:
            return table
    return None


def _emit_table(table: GluedTable, lines: list[str], index: int, out: list[str]) -> int:
    rows: list[tuple[str, ...]] = []
    while index < len(lines):
        match = table.row.match(lines[index].strip())
        if match is None:
            break
        rows.append(tuple(cell.strip() or " " for cell in match.groups()))
        index += 1
    if not rows:
        out.append(table.header)
        return index
    out.append("")
    out.append("| " + " | ".join(table.columns) + " |")
    out.append("|" + "---|" * len(table.columns))
    out.extend("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows)
    out.append("")
    return index


def _diagram(line: str) -> list[str]:
    """The page joined the diagram's rows with spaces; split them again before each box edge."""
    text = line.strip()
    caption, _, drawing = text.partition("┌")
    rows = _BOX_BREAK.split("┌" + drawing)
    block = ["", "```text"]
    if caption.strip():
        block.append(caption.strip())
    block.extend(row.rstrip() for row in rows)
    block.extend(["```", ""])
    return block


def _separate_blocks(lines: list[str]) -> str:
    """Blank lines around lists; no runs of blank lines; no blank lines at either end."""
    out: list[str] = []
    for line in lines:
        is_item = line.startswith("- ")
        previous = out[-1] if out else ""
        if is_item and previous and not previous.startswith("- "):
            out.append("")
        elif not is_item and line.strip() and previous.startswith("- "):
            out.append("")
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return "\n".join(out)
