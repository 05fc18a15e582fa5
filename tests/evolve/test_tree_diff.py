"""Comparing committed output files with what the inputs produce."""

from __future__ import annotations

from pathlib import Path

from generator.evolve.tree_diff import DriftKind, compare_trees, render_drift

OUTPUTS = [Path("spec/openapi.yaml"), Path("generated")]


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def two_roots(tmp_path: Path) -> tuple[Path, Path]:
    committed, expected = tmp_path / "committed", tmp_path / "expected"
    for root in (committed, expected):
        write(root, "spec/openapi.yaml", "openapi: 3.1.0\n")
        write(root, "generated/ukc_client/models.py", "class Instance:\n    uuid: str\n")
    return committed, expected


def test_identical_outputs_have_no_drift(tmp_path: Path) -> None:
    committed, expected = two_roots(tmp_path)
    assert compare_trees(committed, expected, OUTPUTS) == []


def test_files_outside_the_outputs_are_not_compared(tmp_path: Path) -> None:
    committed, expected = two_roots(tmp_path)
    write(committed, "README.md", "local notes\n")
    assert compare_trees(committed, expected, OUTPUTS) == []


def test_bytecode_caches_are_not_compared(tmp_path: Path) -> None:
    committed, expected = two_roots(tmp_path)
    write(committed, "generated/ukc_client/__pycache__/models.cpython-311.pyc", "x")
    assert compare_trees(committed, expected, OUTPUTS) == []


def test_each_kind_of_drift_is_named(tmp_path: Path) -> None:
    committed, expected = two_roots(tmp_path)
    write(
        expected, "generated/ukc_client/models.py", "class Instance:\n    uuid: str\n    x: int\n"
    )
    write(expected, "generated/ukc_client/volumes.py", "")
    write(committed, "generated/ukc_client/old.py", "")
    drifts = compare_trees(committed, expected, OUTPUTS)
    assert [(drift.path, drift.kind) for drift in drifts] == [
        ("generated/ukc_client/models.py", DriftKind.DIFFERENT),
        ("generated/ukc_client/old.py", DriftKind.UNEXPECTED),
        ("generated/ukc_client/volumes.py", DriftKind.MISSING),
    ]


def test_the_report_is_a_unified_diff_and_a_list_of_files(tmp_path: Path) -> None:
    committed, expected = two_roots(tmp_path)
    write(expected, "spec/openapi.yaml", "openapi: 3.1.1\n")
    report = render_drift(compare_trees(committed, expected, OUTPUTS), max_lines=100)
    assert report.splitlines() == [
        "--- a/spec/openapi.yaml",
        "+++ b/spec/openapi.yaml",
        "@@ -1 +1 @@",
        "-openapi: 3.1.0",
        "+openapi: 3.1.1",
        "",
        "1 file(s) differ from what the inputs produce:",
        "  different: spec/openapi.yaml",
    ]


def test_a_long_report_is_cut_and_says_how_much_is_left_out(tmp_path: Path) -> None:
    committed, expected = two_roots(tmp_path)
    write(expected, "spec/openapi.yaml", "".join(f"line {n}\n" for n in range(50)))
    report = render_drift(compare_trees(committed, expected, OUTPUTS), max_lines=10)
    lines = report.splitlines()
    assert lines[10] == "... 44 more diff line(s) left out"  # 3 header, 1 removed, 50 added
    assert lines[-1] == "  different: spec/openapi.yaml"
