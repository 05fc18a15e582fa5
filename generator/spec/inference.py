"""Reference inference: which schema an ``object`` / ``object[]`` field points to.

The page types nested fields only as ``object``. The API's schema names follow the conventions
of its source (a nested message is named after its parent, a response's data after the response,
list items after the singular of the field), so the target can be read back from the names, the
field and its description. ``infer_reference`` tries rules from the most to the least specific
and returns the first that names exactly one schema, with its evidence and a confidence.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

import attrs

from generator.spec.report import HIGH, LOW, MEDIUM

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z0-9]*")
_DESCRIPTION_NOUN = re.compile(r"(?:UUID or name of the|List of|existing) ([a-z]+)")
_REFERENCE_PROSE = re.compile(r"UUID or name of|reference to an existing|Use an existing")
# Schema names that belong to one operation's request or response, not to a resource.
_OPERATION_VERBS = (
    "Attach", "Create", "Delete", "Detach", "Get", "Start", "Stop", "Update", "Wait",
)  # fmt: skip
STRING_MAP_FIELDS = frozenset({"env", "labels"})


@attrs.frozen
class Inference:
    target: str | None
    evidence: str
    confidence: str


@attrs.frozen
class Field:
    """What the inference may look at: the owner, the field and its description."""

    owner: str
    name: str
    description: str
    is_list: bool


def words(name: str) -> list[str]:
    """``GetInstancesResponseData`` -> ``["Get", "Instances", "Response", "Data"]``."""
    return list(_words(name))


@functools.lru_cache(maxsize=1 << 20)
def _words(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(name))


class _SchemaIndex:
    """The schema names sorted by their beginning, by their end, and by their last word.

    The rules ask for the names that start or end with a text; scanning every name for every
    field would cost the number of fields times the number of schemas. The index answers each
    question in the logarithm of the names plus the names it returns, so that normalizing grows
    linearly with the page. Each rule still applies its own test to what the index returns.
    """

    def __init__(self, schemas: frozenset[str]) -> None:
        self.forward = sorted(schemas)
        self.backward = sorted(name[::-1] for name in schemas)
        self.by_last_word: dict[str, list[str]] = defaultdict(list)
        for name in self.forward:
            parts = _words(name)
            if parts:
                self.by_last_word[parts[-1].lower()].append(name)

    def with_prefix(self, prefix: str) -> list[str]:
        return _prefixed(self.forward, prefix)

    def with_suffix(self, suffix: str) -> list[str]:
        return [name[::-1] for name in _prefixed(self.backward, suffix[::-1])]

    def with_last_word_starting(self, stem: str) -> list[str]:
        """Names whose last word, lower-cased, begins ``stem``."""
        found: list[str] = []
        for end in range(1, len(stem) + 1):
            found.extend(self.by_last_word.get(stem[:end], ()))
        return found


def _prefixed(ordered: list[str], prefix: str) -> list[str]:
    start = bisect.bisect_left(ordered, prefix)
    end = start
    while end < len(ordered) and ordered[end].startswith(prefix):
        end += 1
    return ordered[start:end]


@functools.lru_cache(maxsize=4)
def _index(schemas: frozenset[str]) -> _SchemaIndex:
    return _SchemaIndex(schemas)


def camel(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def singular(snake: str) -> str:
    if snake.endswith("ies"):
        return snake[:-3] + "y"
    if snake.endswith("s") and not snake.endswith("ss"):
        return snake[:-1]
    return snake


def field_forms(name: str, is_list: bool) -> list[str]:
    """Names a target may end with: for a list its singular first, then the field as is.

    A single object under a plural name (``services``) is a collection, not one item.
    """
    forms = [camel(singular(name)), camel(name)] if is_list else [camel(name)]
    return list(dict.fromkeys(forms))


def owner_runs(owner: str) -> list[str]:
    """Contiguous runs of the owner's words: the whole name, then its endings (a nested message
    is named after its nearest parent), then its beginnings, then the runs in between."""
    parts = words(owner)
    count = len(parts)
    endings = ["".join(parts[start:]) for start in range(count)]
    beginnings = ["".join(parts[:end]) for end in range(count - 1, 0, -1)]
    middles = sorted(
        ("".join(parts[start:end]) for start in range(1, count) for end in range(start + 1, count)),
        key=lambda run: (-len(run), run),
    )
    return list(dict.fromkeys(endings + beginnings + middles))


def is_operation_schema(name: str) -> bool:
    return name.startswith(_OPERATION_VERBS)


Rule = Callable[[Field, frozenset[str]], Inference | None]


def infer_reference(field: Field, schemas: frozenset[str]) -> Inference:
    for rule in RULES:
        found = rule(field, schemas)
        if found is not None:
            return found
    return Inference(None, "no schema name fits the owner, the field or its description", "none")


def _unique(candidates: Iterable[str]) -> str | None:
    found = sorted(set(candidates))
    return found[0] if len(found) == 1 else None


def _envelope(field: Field, schemas: frozenset[str]) -> Inference | None:
    if field.name == "errors" and field.owner.endswith("Response") and "ResponseError" in schemas:
        return Inference(
            "ResponseError",
            "`errors` of a response envelope; ResponseError is the document's only error schema",
            HIGH,
        )
    if field.name == "data" and f"{field.owner}Data" in schemas:
        return Inference(
            f"{field.owner}Data", "`data` of a response envelope: owner name + `Data`", HIGH
        )
    return None


def _owner_plus_field(field: Field, schemas: frozenset[str]) -> Inference | None:
    for form in field_forms(field.name, field.is_list):
        if field.owner + form in schemas:
            return Inference(field.owner + form, f"owner name + `{form}`", HIGH)
    return None


def _owner_prefix_and_field_suffix(field: Field, schemas: frozenset[str]) -> Inference | None:
    for form in field_forms(field.name, field.is_list):
        found = _unique(
            s
            for s in _index(schemas).with_prefix(field.owner)
            if s.startswith(field.owner) and s.endswith(form) and s != field.owner
        )
        if found:
            return Inference(found, f"starts with the owner's name and ends with `{form}`", HIGH)
    return None


def _doubled_prefix(field: Field, schemas: frozenset[str]) -> Inference | None:
    """A nested message of ``Instance`` is named ``InstanceInstance<Field>`` in the API's source."""
    first = words(field.owner)[0]
    for form in field_forms(field.name, field.is_list):
        if first + field.owner + form in schemas:
            return Inference(
                first + field.owner + form,
                f"doubled prefix: `{first}` + owner + `{form}`, the source's naming of nested "
                "messages",
                HIGH,
            )
        index = _index(schemas)
        starting, ending = index.with_prefix(first), index.with_suffix(form)
        found = _unique(
            s
            for s in min(starting, ending, key=len)
            if words(s)[:1] == [first]
            and s.endswith(form)
            and s not in (field.owner, form)
            and not is_operation_schema(s)
        )
        if found:
            return Inference(
                found,
                f"starts with the owner's first word `{first}` and ends with `{form}`",
                MEDIUM,
            )
    return None


def _field_stem(field: Field, schemas: frozenset[str]) -> Inference | None:
    """``Volume.mounted_by`` -> ``VolumeVolumeInstanceMount``: the last word is the field's stem."""
    first = words(field.owner)[0]
    stems = [part for part in field.name.split("_") if len(part) > 3]
    for stem in stems:
        found = _unique(
            s
            for s in _index(schemas).with_last_word_starting(stem)
            if s.startswith(first) and s != field.owner and _is_derived_stem(stem, words(s)[-1])
        )
        if found:
            return Inference(
                found,
                f"starts with the owner's first word `{first}`; its last word "
                f"`{words(found)[-1]}` is the stem of the field's `{stem}`",
                MEDIUM,
            )
    return None


def _is_derived_stem(stem: str, word: str) -> bool:
    """``mounted`` derives from ``Mount``; ``instances`` is only the plural of ``Instance``."""
    last = word.lower()
    return len(last) > 3 and stem.startswith(last) and stem not in (last, last + "s", last + "es")


def _run_plus_field(field: Field, schemas: frozenset[str]) -> Inference | None:
    for form in field_forms(field.name, field.is_list) + _description_forms(field):
        for run in owner_runs(field.owner):
            if run + form in schemas and run + form != field.owner:
                source = (
                    "field" if form in field_forms(field.name, field.is_list) else "description"
                )
                return Inference(
                    run + form, f"owner words `{run}` + `{form}` (from the {source})", HIGH
                )
    return None


def _reference_to_name_or_uuid(field: Field, schemas: frozenset[str]) -> Inference | None:
    """A request field described as a reference to an existing resource is a name-or-UUID."""
    prose = _REFERENCE_PROSE.search(field.description)
    if "Request" not in field.owner or prose is None or "NameOrUUID" not in schemas:
        return None
    return Inference(
        "NameOrUUID",
        f"a request field described as a reference to an existing resource ({prose.group(0)!r})",
        MEDIUM,
    )


def _response_family(field: Field, schemas: frozenset[str]) -> Inference | None:
    """Items of ``XResponseData.<list>`` are the one other schema named ``XResponse...``."""
    if not field.owner.endswith("ResponseData"):
        return None
    family = field.owner.removesuffix("Data")
    members = sorted(
        s
        for s in _index(schemas).with_prefix(family)
        if s.startswith(family) and s not in (family, field.owner)
    )
    head = words(camel(singular(field.name)))[-1]
    matching = [m for m in members if head in words(m.removeprefix(family))]
    if len(matching) == 1:
        return Inference(
            matching[0],
            f"the response family `{family}` has one item schema mentioning `{head}`",
            HIGH,
        )
    if len(members) == 1:
        return Inference(
            members[0], f"the only item schema of the response family `{family}`", MEDIUM
        )
    return None


def _resource_named_after_field(field: Field, schemas: frozenset[str]) -> Inference | None:
    for form in field_forms(field.name, field.is_list):
        if form in schemas and form != field.owner:
            return Inference(form, f"the resource schema named after the field: `{form}`", HIGH)
    return None


def _resource_ending_with_field(field: Field, schemas: frozenset[str]) -> Inference | None:
    for form in field_forms(field.name, field.is_list):
        found = _unique(
            s
            for s in _index(schemas).with_suffix(form)
            if s.endswith(form) and s != field.owner and not is_operation_schema(s)
        )
        if found:
            return Inference(
                found, f"the only resource (non-operation) schema ending with `{form}`", MEDIUM
            )
    return None


def _description_forms(field: Field) -> list[str]:
    match = _DESCRIPTION_NOUN.search(field.description)
    if match is None:
        return []
    noun = camel(singular(match.group(1)))
    return [noun + "ID"]


RULES: tuple[Rule, ...] = (
    _envelope,
    _owner_plus_field,
    _response_family,
    _owner_prefix_and_field_suffix,
    _doubled_prefix,
    _field_stem,
    _run_plus_field,
    _reference_to_name_or_uuid,
    _resource_named_after_field,
    _resource_ending_with_field,
)


def unclaimed_family_member(
    field: Field, schemas: frozenset[str], claimed: frozenset[str]
) -> Inference | None:
    """Last resort: the one schema of the owner's family that no field points to yet."""
    envelope_parts = {"Response", "Data"}
    members = sorted(
        s
        for s in _index(schemas).with_prefix(field.owner)
        if s.startswith(field.owner)
        and s != field.owner
        and s not in claimed
        and not envelope_parts & set(words(s.removeprefix(field.owner)))
    )
    if len(members) == 1:
        return Inference(
            members[0],
            f"the only schema named `{field.owner}...` that no other field points to",
            LOW,
        )
    return None
