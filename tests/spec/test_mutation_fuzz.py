"""A mutation fuzzer over the page and the overlays: every case ends in a valid spec or in one
clean error line, never a traceback, a hang or a half-written output.

Each case mutates one input of a copy of the frozen page and overlays (lines deleted, doubled or
swapped, a heading lost, a separator retyped, bytes that are not UTF-8 or not text, a value of
the wrong form, a cut-off file) and normalizes it. CI runs a fixed seed; run more locally with
``UKC_FUZZ_CASES=5000`` (and another ``UKC_FUZZ_SEED``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.cli import main
from generator.errors import ToolkitError
from generator.spec.inputs import REPORT_JSON, REPORT_MD, SPEC, SpecInputs
from generator.spec.normalizer import normalize
from tests.support.paths import FROZEN_ROOT

CASES = int(os.environ.get("UKC_FUZZ_CASES", "200"))
SEED = int(os.environ.get("UKC_FUZZ_SEED", "20261202"))
PAGE = "spec/source/unikraft-cloud-platform-schemas.txt"
OVERLAYS = ("spec/operations.yaml", "spec/supplement.yaml", "spec/overrides.yaml")
_HEADING = re.compile(rb"^[A-Z][A-Za-z0-9]*$")
_INPUT_NAMES = "|".join(re.escape(Path(name).name) for name in (PAGE, *OVERLAYS))
# A file, then a line (and column) or a key path, then what is wrong: one line.
_CLEAN_ERROR = re.compile(rf"^error: \S*({_INPUT_NAMES})(:\d+(:\d+)?)?: \S.*\n$")

Mutation = Callable[[random.Random, bytes], bytes]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def delete_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def double_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    index = rng.randrange(len(lines))
    lines.insert(index, lines[index])
    return b"\n".join(lines)


def swap_lines(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    index = rng.randrange(len(lines) - 1)
    lines[index], lines[index + 1] = lines[index + 1], lines[index]
    return b"\n".join(lines)


def delete_heading(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    headings = [i for i, line in enumerate(lines) if _HEADING.match(line)]
    del lines[rng.choice(headings)]
    return b"\n".join(lines)


def retype_separator(rng: random.Random, data: bytes) -> bytes:
    separator = "\u00a0·\u00a0".encode()
    places = [m.start() for m in re.finditer(re.escape(separator), data)]
    if not places:
        return data
    at = rng.choice(places)
    return data[:at] + " · ".encode() + data[at + len(separator) :]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    junk = rng.choice([b"\xff", b"\xc3\x28", b"\x00", b"\x1b[0m", b"\xfe\xff", b"\r", b"\t"])
    at = rng.randrange(len(data))
    return data[:at] + junk + data[at:]


def cut_off(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def replace_token(rng: random.Random, data: bytes) -> bytes:
    tokens = list(re.finditer(rb"[A-Za-z_][A-Za-z0-9_]*", data))
    token = rng.choice(tokens)
    new = rng.choice(
        [b"integr", b"null", b"[]", b"{}", b"1", b"- x", b"'", b"&a", b"*a", b"!!python/none",
         b"Object", b"x" * 3, token.group().upper(), token.group()[:-1]]
    )  # fmt: skip
    return data[: token.start()] + new + data[token.end() :]


def reindent_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    index = rng.randrange(len(lines))
    lines[index] = rng.choice([b" ", b"  ", b"    ", b""]) + lines[index].lstrip(b" ")
    return b"\n".join(lines)


PAGE_MUTATIONS: tuple[Mutation, ...] = (
    delete_line, double_line, swap_lines, delete_heading, delete_heading, retype_separator,
    insert_bytes, cut_off, replace_token, reindent_line,
)  # fmt: skip
OVERLAY_MUTATIONS: tuple[Mutation, ...] = (
    delete_line, double_line, swap_lines, insert_bytes, cut_off, replace_token, replace_token,
    reindent_line,
)  # fmt: skip


def _validity_key(spec: dict[str, Any]) -> str:
    """The spec without its prose and sample values: a description string, an examples list or
    a default cannot make a spec invalid, so specs that differ only there are validated once."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: strip(v)
                for k, v in node.items()
                if not (k in ("description", "summary") and isinstance(v, str))
                and not (k == "examples" and isinstance(v, list))
                and k != "default"
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    text = json.dumps(strip(spec), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.mark.timeout(1800)
def test_every_mutation_ends_in_a_valid_spec_or_one_clean_error(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(FROZEN_ROOT / "spec", project / "spec")
    assert main(["normalize", "--root", str(project)]) == 0
    outputs = {
        project / relative: (project / relative).read_bytes()
        for relative in (SPEC, REPORT_MD, REPORT_JSON)
    }
    pristine = {name: (project / name).read_bytes() for name in (PAGE, *OVERLAYS)}
    validated: set[str] = set()
    outcomes = {"valid spec": 0, "clean error": 0}
    for case in range(CASES):
        rng = random.Random(SEED * 1_000_003 + case)
        name = PAGE if rng.random() < 0.6 else rng.choice(OVERLAYS)
        mutation = rng.choice(PAGE_MUTATIONS if name == PAGE else OVERLAY_MUTATIONS)
        label = f"case {case} (seed {SEED}): {mutation.__name__} on {name}"
        (project / name).write_bytes(mutation(rng, pristine[name]))
        try:
            try:
                spec = normalize(SpecInputs.at(project)).spec
                key = _validity_key(spec)
                if key not in validated:
                    # The verb validates every spec it writes: an invalid one is its error.
                    validate(spec)
                    validated.add(key)
            except (ToolkitError, OpenAPIValidationError):
                err = io.StringIO()
                with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                    status = main(["normalize", "--root", str(project)])
                assert status == 2, label
                assert _CLEAN_ERROR.match(err.getvalue()), f"{label}: {err.getvalue()!r}"
                for path, before in outputs.items():
                    assert path.read_bytes() == before, f"{label}: {path.name} was changed"
                outcomes["clean error"] += 1
                continue
            except Exception as error:  # noqa: BLE001 - the fuzzer's very point
                pytest.fail(f"{label}: {type(error).__name__}: {error}")
            outcomes["valid spec"] += 1
        finally:
            (project / name).write_bytes(pristine[name])
    assert sum(outcomes.values()) == CASES
    assert outcomes["clean error"] > 0 and outcomes["valid spec"] > 0, outcomes
    assert not list((project / "spec").glob(".openapi.yaml.*")), "a temporary file was left"
    assert (project / SPEC).read_bytes() == outputs[project / SPEC]
