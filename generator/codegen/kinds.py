"""Everything the generator knows about each kind of value a field can hold, one record per kind.

A ``TypeRef``'s ``kind`` names a record of ``KINDS``. The record is the only place that knows,
for that kind, the Python annotation (and the import it needs), how the converter reads a value
(an inline ``type(value) is`` check, or a one-argument hook) and writes it back, the Hypothesis
strategy that draws one, an example value, the words the spec diff uses for its type, and the
Python literal of a discriminator value it holds. The model graph, the converter and strategy
plans and the examples look a kind up here instead of switching on its name, so adding a kind
is adding one record, and a record that lacks one of these facts does not type-check.

The expressions are Python text of the generated package: converter expressions refer to the
helpers of ``ukc_client/_wire.py`` and to the converter's own functions, strategy expressions
to the module-level names of ``ukc_client/testing.py``.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import attrs

if TYPE_CHECKING:
    from generator.codegen.model_graph import TypeRef

EXAMPLE_UUID = "123e4567-e89b-12d3-a456-426614174000"
EXAMPLE_DATETIME = "2023-10-01T12:00:00Z"

# The example of a named component (model, enum, union) at a nesting depth: the examples
# module builds those, the records only say where one goes.
NamedExample = Callable[[str, int], Any]


def structure_hook_name(name: str) -> str:
    """The converter's function that reads the model, union or enum ``name``."""
    return f"_structure_{name}"


def unstructure_hook_name(name: str) -> str:
    """The converter's function that writes the model or union ``name``."""
    return f"_unstructure_{name}"


def strategy_variable(name: str) -> str:
    """The module-level name of the strategy of the model, enum, union or alias ``name``."""
    return f"_strategy_{name}"


@attrs.frozen
class InlineCheck:
    """A JSON scalar the converter reads in place: ``type(value) is <python_type>``, and the
    error's "expected" text when it is not."""

    python_type: str
    expected: str


class Kind(Protocol):
    """What every stage of the generator knows about one kind of ``TypeRef``."""

    @property
    def name(self) -> str:
        """The ``TypeRef.kind`` this record describes."""
        ...

    @property
    def inline_check(self) -> InlineCheck | None:
        """The converter's inline check, for a JSON scalar read as is; else ``reader`` reads it."""
        ...

    @property
    def list_hook(self) -> str | None:
        """A ``_wire.py`` helper that reads a whole list of this kind at once (faster than a
        hook per item), where there is one."""
        ...

    @property
    def container(self) -> bool:
        """Whether a value holds other values (a model, union or array), so that examples
        bound how deep they nest."""
        ...

    def annotation(self, type_ref: TypeRef) -> str:
        """The Python type expression (without ``None`` or ``Unset``)."""
        ...

    @property
    def imports(self) -> tuple[str, ...]:
        """The import statements its annotations may need in a generated module (an array's
        come from its items' kind; a component is a class of ``models.py``)."""
        ...

    def reader(self, type_ref: TypeRef) -> str:
        """The one-argument function that reads one value (the item of an array): a helper of
        ``_wire.py`` or a function of the converter."""
        ...

    def structure_call(self, type_ref: TypeRef, variable: str) -> str:
        """The expression that reads the raw value in ``variable``."""
        ...

    def unstructure(self, type_ref: TypeRef, variable: str, depth: int) -> str:
        """The expression of the wire value of ``variable`` (``depth`` names loop variables)."""
        ...

    def strategy(self, type_ref: TypeRef, deferred: frozenset[str]) -> str:
        """The Hypothesis strategy expression of a value (``deferred``: the names whose
        strategies refer to themselves, drawn through ``st.deferred``)."""
        ...

    def literal(self, type_ref: TypeRef, wire_value: str) -> str | None:
        """The Python expression of the value whose wire form is the string ``wire_value`` (a
        discriminator value), or ``None`` where this kind cannot hold one."""
        ...

    def example(self, type_ref: TypeRef, depth: int, named: NamedExample) -> Any:
        """An example wire value; ``named`` builds the example of a component."""
        ...

    def signature(self, type_ref: TypeRef) -> str:
        """The words ``spec_diff.type_signature`` uses for this type."""
        ...


@attrs.frozen
class ScalarKind:
    """A kind whose values need no class of the spec: a JSON scalar, a UUID, a date-time, any
    JSON value, a JSON object or a map of strings. Its facts do not depend on the ``TypeRef``
    (but for the constraints ``StringKind`` and ``IntegerKind`` read)."""

    name: str
    annotation_text: str
    read_hook: str
    # The function that writes a value, or ``None`` when the value is its own wire form.
    write_hook: str | None
    # The strategy expression (of ``IntegerKind``: the function its bounds are passed to).
    strategy_text: str
    example_value: Any
    signature_text: str
    imports: tuple[str, ...] = ()
    inline_check: InlineCheck | None = None
    list_hook: str | None = None
    container: bool = False

    def annotation(self, type_ref: TypeRef) -> str:
        return self.annotation_text

    def reader(self, type_ref: TypeRef) -> str:
        return self.read_hook

    def structure_call(self, type_ref: TypeRef, variable: str) -> str:
        return f"{self.read_hook}({variable})"

    def unstructure(self, type_ref: TypeRef, variable: str, depth: int) -> str:
        if self.write_hook is None:
            return variable
        return f"{self.write_hook}({variable})"

    def strategy(self, type_ref: TypeRef, deferred: frozenset[str]) -> str:
        return self.strategy_text

    def literal(self, type_ref: TypeRef, wire_value: str) -> str | None:
        # The converter picks a variant by a tag that is a JSON string read as is.
        return None

    def example(self, type_ref: TypeRef, depth: int, named: NamedExample) -> Any:
        # A fresh copy: callers may change the documents they are given.
        return copy.deepcopy(self.example_value)

    def signature(self, type_ref: TypeRef) -> str:
        return self.signature_text


@attrs.frozen
class StringKind(ScalarKind):
    """A plain string: drawn to fit its pattern, and the one scalar a discriminator can be."""

    def strategy(self, type_ref: TypeRef, deferred: frozenset[str]) -> str:
        low, high = type_ref.min_length, type_ref.max_length
        if type_ref.pattern is not None:
            drawn = f"st.from_regex({type_ref.pattern!r}, fullmatch=True)"
            if low is None and high is None:
                return drawn
            fits = f"{low or 0} <= len(text)" + ("" if high is None else f" <= {high}")
            return f"{drawn}.filter(lambda text: {fits})"
        if low is None and high is None:
            return self.strategy_text
        # The default's size unless the length range excludes it.
        size = high if high is not None else max(low or 0, 8)
        return f"st.text(min_size={low or 0}, max_size={size})"

    def literal(self, type_ref: TypeRef, wire_value: str) -> str | None:
        return repr(wire_value)


@attrs.frozen
class IntegerKind(ScalarKind):
    """An integer: drawn within its bounds, its format part of its signature."""

    def strategy(self, type_ref: TypeRef, deferred: frozenset[str]) -> str:
        low, high, step = type_ref.minimum, type_ref.maximum, type_ref.multiple_of
        if step is None:
            return f"{self.strategy_text}({low!r}, {high!r})"
        # The multiples of ``step`` within the bounds: ``step`` times the integers between.
        first = None if low is None else -(-int(low) // int(step))
        last = None if high is None else int(high) // int(step)
        return f"{self.strategy_text}({first!r}, {last!r}).map(lambda k: k * {step!r})"

    def example(self, type_ref: TypeRef, depth: int, named: NamedExample) -> Any:
        low = type_ref.minimum if type_ref.minimum is not None else 0
        value = max(low, self.example_value)
        step = type_ref.multiple_of
        return value if step is None else -(-int(value) // int(step)) * int(step)

    def signature(self, type_ref: TypeRef) -> str:
        if type_ref.format is not None:
            return f"{self.signature_text} ({type_ref.format})"
        return self.signature_text


@attrs.frozen
class NumberKind(ScalarKind):
    """A float: drawn within its bounds (inclusive or exclusive) and as a multiple of its
    ``multipleOf``, as JSON Schema checks one (the quotient an integer)."""

    def strategy(self, type_ref: TypeRef, deferred: frozenset[str]) -> str:
        low, high, step = type_ref.minimum, type_ref.maximum, type_ref.multiple_of
        if step is not None:
            first = last = None
            if low is not None:
                first = math.ceil(low / step)
                if type_ref.exclusive_minimum and first * step <= low:
                    first += 1
            if high is not None:
                last = math.floor(high / step)
                if type_ref.exclusive_maximum and last * step >= high:
                    last -= 1
            drawn = f"st.integers({first!r}, {last!r}).map(lambda k: k * {step!r})"
            checks = [f"(number / {step!r}).is_integer()"]
            if low is not None:
                checks.append(f"number {'>' if type_ref.exclusive_minimum else '>='} {low!r}")
            if high is not None:
                checks.append(f"number {'<' if type_ref.exclusive_maximum else '<='} {high!r}")
            # Float products can miss by a rounding step: those few are drawn again.
            return f"{drawn}.filter(lambda number: {' and '.join(checks)})"
        if low is None and high is None:
            return self.strategy_text
        arguments = [f"min_value={low!r}", f"max_value={high!r}"]
        if type_ref.exclusive_minimum:
            arguments.append("exclude_min=True")
        if type_ref.exclusive_maximum:
            arguments.append("exclude_max=True")
        return f"st.floats({', '.join(arguments)}, allow_nan=False, allow_infinity=False)"

    def example(self, type_ref: TypeRef, depth: int, named: NamedExample) -> Any:
        low, high, step = type_ref.minimum, type_ref.maximum, type_ref.multiple_of
        if step is not None:
            k = 1 if low is None else math.ceil(low / step)
            if low is not None and type_ref.exclusive_minimum and k * step <= low:
                k += 1
            return k * step
        if low is not None and high is not None:
            return (low + high) / 2
        if low is not None:
            return low + 1
        if high is not None:
            return high - 1
        return self.example_value


@attrs.frozen
class LiteralKind:
    """A ``Literal`` of JSON scalars (``const``, an enum of several JSON types): written as
    is, read only when it is one of the values with its own JSON type."""

    name: str = "literal"
    inline_check: InlineCheck | None = None
    list_hook: str | None = None
    imports: tuple[str, ...] = ("from typing import Literal",)
    container: bool = False

    def annotation(self, type_ref: TypeRef) -> str:
        return f"Literal[{', '.join(repr(value) for value in type_ref.values)}]"

    def reader(self, type_ref: TypeRef) -> str:
        return f"lambda value: {self.structure_call(type_ref, 'value')}"

    def structure_call(self, type_ref: TypeRef, variable: str) -> str:
        return f"structure_literal({variable}, {tuple(type_ref.values)!r})"

    def unstructure(self, type_ref: TypeRef, variable: str, depth: int) -> str:
        return variable

    def strategy(self, type_ref: TypeRef, deferred: frozenset[str]) -> str:
        if len(type_ref.values) == 1:
            return f"st.just({type_ref.values[0]!r})"
        return f"st.sampled_from({tuple(type_ref.values)!r})"

    def literal(self, type_ref: TypeRef, wire_value: str) -> str | None:
        # A discriminator's tag: the string constant it is.
        return repr(wire_value) if wire_value in type_ref.values else None

    def example(self, type_ref: TypeRef, depth: int, named: NamedExample) -> Any:
        return type_ref.values[0]

    def signature(self, type_ref: TypeRef) -> str:
        # Like an untyped enum: the spec diff reports its values one by one.
        return "enum"


@attrs.frozen
class ArrayKind:
    """A list: every fact follows from its items' kind (arrays of arrays are not a spec form)."""

    name: str = "array"
    inline_check: InlineCheck | None = None
    list_hook: str | None = None
    imports: tuple[str, ...] = ()
    container: bool = True

    def annotation(self, type_ref: TypeRef) -> str:
        items = _items(type_ref)
        return f"list[{KINDS[items.kind].annotation(items)}]"

    def reader(self, type_ref: TypeRef) -> str:
        raise ValueError("an array has no item hook: arrays of arrays are not a spec form")

    def structure_call(self, type_ref: TypeRef, variable: str) -> str:
        items = _items(type_ref)
        item_kind = KINDS[items.kind]
        if item_kind.list_hook is not None:
            return f"{item_kind.list_hook}({variable})"
        return f"structure_list({variable}, {item_kind.reader(items)})"

    def unstructure(self, type_ref: TypeRef, variable: str, depth: int) -> str:
        items = _items(type_ref)
        item = f"item{depth}"
        written = KINDS[items.kind].unstructure(items, item, depth + 1)
        if written == item:
            return f"list({variable})"
        return f"[{written} for {item} in {variable}]"

    def strategy(self, type_ref: TypeRef, deferred: frozenset[str]) -> str:
        items = _items(type_ref)
        drawn = KINDS[items.kind].strategy(items, deferred)
        if type_ref.min_length is None and type_ref.max_length is None:
            return f"st.lists({drawn}, max_size=_MAX_ITEMS)"
        low = type_ref.min_length or 0
        high = type_ref.max_length if type_ref.max_length is not None else max(low, 3)
        return f"st.lists({drawn}, min_size={low}, max_size={high})"

    def literal(self, type_ref: TypeRef, wire_value: str) -> str | None:
        return None

    def example(self, type_ref: TypeRef, depth: int, named: NamedExample) -> Any:
        items = _items(type_ref)
        item_kind = KINDS[items.kind]
        # Past the depth limit, an array of models is empty: that is where cycles end.
        if depth < 0 and item_kind.container:
            return []
        return [item_kind.example(items, depth, named)]

    def signature(self, type_ref: TypeRef) -> str:
        items = _items(type_ref)
        return f"array of {KINDS[items.kind].signature(items)}"


@attrs.frozen
class ComponentKind:
    """A model or a union: a class (or a union of classes) of the spec, read and written by
    the converter's functions of that name."""

    name: str
    container: bool
    inline_check: InlineCheck | None = None
    list_hook: str | None = None
    # Defined in ``models.py`` itself; other modules import it with the rest of the models.
    imports: tuple[str, ...] = ()

    def annotation(self, type_ref: TypeRef) -> str:
        return _name(type_ref)

    def reader(self, type_ref: TypeRef) -> str:
        return structure_hook_name(_name(type_ref))

    def structure_call(self, type_ref: TypeRef, variable: str) -> str:
        return f"{self.reader(type_ref)}({variable})"

    def unstructure(self, type_ref: TypeRef, variable: str, depth: int) -> str:
        return f"{unstructure_hook_name(_name(type_ref))}({variable})"

    def strategy(self, type_ref: TypeRef, deferred: frozenset[str]) -> str:
        name = _name(type_ref)
        if name in deferred:
            return f"st.deferred(lambda: {strategy_variable(name)})"
        return strategy_variable(name)

    def literal(self, type_ref: TypeRef, wire_value: str) -> str | None:
        return None

    def example(self, type_ref: TypeRef, depth: int, named: NamedExample) -> Any:
        return named(_name(type_ref), max(depth, 0))

    def signature(self, type_ref: TypeRef) -> str:
        # The class name is the component's name (``model_graph`` keeps it as is).
        return _name(type_ref)


@attrs.frozen
class EnumKind(ComponentKind):
    """A string or integer enum (shared or inline): read by the converter's lookup of its
    members, written as the member's value; a discriminator may be a string one."""

    def unstructure(self, type_ref: TypeRef, variable: str, depth: int) -> str:
        return f"{variable}._value_"

    def signature(self, type_ref: TypeRef) -> str:
        return f"enum of {'integer' if self.name == 'int_enum' else 'string'}"

    def literal(self, type_ref: TypeRef, wire_value: str) -> str | None:
        if self.name == "int_enum":
            return None  # a discriminator is a string
        return f"{_name(type_ref)}({wire_value!r})"


def _items(type_ref: TypeRef) -> TypeRef:
    if type_ref.items is None:
        raise ValueError(f"a TypeRef of kind {type_ref.kind!r} without items")
    return type_ref.items


def _name(type_ref: TypeRef) -> str:
    if type_ref.name is None:
        raise ValueError(f"a TypeRef of kind {type_ref.kind!r} without a class name")
    return type_ref.name


_RECORDS: tuple[Kind, ...] = (
    StringKind(
        name="string",
        annotation_text="str",
        inline_check=InlineCheck("str", "a string"),
        read_hook="structure_str",
        list_hook="structure_str_list",
        write_hook=None,
        strategy_text="_TEXT",
        example_value="text",
        signature_text="string",
    ),
    IntegerKind(
        name="integer",
        annotation_text="int",
        inline_check=InlineCheck("int", "an integer"),
        read_hook="structure_int",
        write_hook=None,
        strategy_text="st.integers",
        example_value=7,
        signature_text="integer",
    ),
    NumberKind(
        name="number",
        annotation_text="float",
        read_hook="structure_float",
        write_hook=None,
        strategy_text="st.floats(allow_nan=False, allow_infinity=False)",
        example_value=1.5,
        signature_text="number",
    ),
    ScalarKind(
        name="boolean",
        annotation_text="bool",
        inline_check=InlineCheck("bool", "a boolean"),
        read_hook="structure_bool",
        write_hook=None,
        strategy_text="st.booleans()",
        example_value=True,
        signature_text="boolean",
    ),
    ScalarKind(
        name="uuid",
        annotation_text="UUID",
        imports=("from uuid import UUID",),
        read_hook="structure_uuid",
        write_hook="unstructure_uuid",
        strategy_text="st.uuids()",
        example_value=EXAMPLE_UUID,
        signature_text="string (uuid)",
    ),
    ScalarKind(
        name="datetime",
        annotation_text="datetime",
        imports=("from datetime import datetime",),
        read_hook="structure_datetime",
        write_hook="unstructure_datetime",
        strategy_text="_DATETIMES",
        example_value=EXAMPLE_DATETIME,
        signature_text="string (date-time)",
    ),
    ScalarKind(
        name="any",
        annotation_text="Any",
        imports=("from typing import Any",),
        read_hook="structure_any",
        write_hook=None,
        strategy_text="json_values()",
        example_value={"nested": [1, "two", None, True]},
        signature_text="any",
    ),
    ScalarKind(
        name="json_object",
        annotation_text="dict[str, Any]",
        imports=("from typing import Any",),
        read_hook="structure_json_object",
        write_hook="dict",
        strategy_text="st.dictionaries(_TEXT, json_values(), max_size=_MAX_ITEMS)",
        example_value={"key": {"nested": 1}},
        signature_text="object",
    ),
    ScalarKind(
        name="string_map",
        annotation_text="dict[str, str]",
        read_hook="structure_string_map",
        write_hook="dict",
        strategy_text="st.dictionaries(_TEXT, _TEXT, max_size=_MAX_ITEMS)",
        example_value={"KEY": "value"},
        signature_text="map of string",
    ),
    ArrayKind(),
    ComponentKind(name="model", container=True),
    ComponentKind(name="union", container=True),
    EnumKind(name="enum", container=False),
    EnumKind(name="int_enum", container=False),
    LiteralKind(),
)

KINDS: Mapping[str, Kind] = {record.name: record for record in _RECORDS}
"""Kind name (``TypeRef.kind``) -> its record."""

ANNOTATION_IMPORTS: tuple[str, ...] = tuple(
    sorted({statement for record in _RECORDS for statement in record.imports})
)
"""Every import an annotation of any kind may need: what ``models.py`` imports (ruff drops the
ones a spec does not use)."""
