"""Normalizing time against page size: synthetic pages of about 1, 10 and 50 MB.

Each synthetic schema is an object whose ``child`` field points to ``<Name>Child`` by the
page's naming convention (owner name + field), with a uuid, an enum, an integer, and an
``extras`` object that no schema fits (so the reference inference tries every rule on it): the
page grammar, the common inference path and its slowest path, repeated. Run:

    PYTHONPATH=. python bench/bench_normalize_scaling.py [MB ...]

and write the numbers into bench/README.md.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from generator.page.parser import parse_document
from generator.spec.inputs import SpecInputs
from generator.spec.normalizer import normalize

DOT = "\u00a0·\u00a0"
HEADER = "Zudoku\nUnikraft Cloud Platform API\n\nSchemas\n\n\n"


def schema_pair(index: int) -> str:
    name = f"Thing{index:07d}"
    return (
        f"{name}\n\n"
        f"  • uuidstring{DOT}uuid\n\n    The UUID of the thing.\n\n    Example: "
        "c1d2e3f4-5678-90ab-cdef-1234567890ab\n"
        f"  • statestring{DOT}enum\n\n    The state.\n\n    Enum values:\n    on\n    off\n\n"
        f"  • sizeinteger{DOT}int64\n\n    The size.\n\n    Example: 3\n"
        f"  • childobject\n\n    The child of the thing.\n\n"
        f"  • extrasobject\n\n    Free-form extras.\n\n"
        f"{name}Child\n\n  • notestring\n\n    A note.\n\n"
    )


def synthetic_page(megabytes: float) -> str:
    parts = [HEADER]
    size = len(HEADER)
    index = 0
    while size < megabytes * 1_000_000:
        block = schema_pair(index)
        parts.append(block)
        size += len(block.encode())
        index += 1
    return "".join(parts)


def measure(megabytes: float) -> tuple[int, float, float]:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        page = root / "spec/source/unikraft-cloud-platform-schemas.txt"
        page.parent.mkdir(parents=True)
        page.write_text(synthetic_page(megabytes), encoding="utf-8")
        start = time.perf_counter()
        document = parse_document(page)
        parsed = time.perf_counter() - start
        start = time.perf_counter()
        normalize(SpecInputs.at(root))
        normalized = time.perf_counter() - start
        return len(document.schemas), parsed, normalized


def main(sizes: list[float]) -> None:
    print("| page | schemas | parse (s) | normalize, parse included (s) | s per MB |")
    print("|---|---|---|---|---|")
    for megabytes in sizes:
        schemas, parsed, normalized = measure(megabytes)
        print(
            f"| {megabytes:g} MB | {schemas} | {parsed:.2f} | {normalized:.2f} | "
            f"{normalized / megabytes:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main([float(arg) for arg in sys.argv[1:]] or [1, 10, 50])
