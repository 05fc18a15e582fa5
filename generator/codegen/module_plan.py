"""Decide which private module of ``ukc_client._models`` defines each model, enum, union and alias.

Building an attrs class costs about a millisecond, so ``ukc_client.models`` defines none: it
loads, on first use of a name, the one module that defines it. Each module holds a group of
names whose annotations refer to one another in a cycle (a strongly connected group of the
graph "the annotations of A name B"; most groups hold one name) and imports at run time the
names its annotations use from the other groups' modules. Importing a class therefore loads
only the classes its annotations reach, and every annotation still resolves in its module
(``attrs.resolve_types``, ``typing.get_type_hints``).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Mapping

import attrs

from generator.codegen.converter_plan import ModelPlan
from generator.codegen.model_graph import AliasSpec, EnumSpec, ModelGraph, UnionSpec

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# A word boundary inside a class name: ``NameOrUUIDByName`` -> ``name_or_uuid_by_name``.
_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@attrs.frozen
class ModelModule:
    """One module of ``ukc_client._models``: what it defines, in the order of ``models.py``
    before it was split (enums, models, unions, aliases), and what it imports."""

    name: str
    enums: tuple[EnumSpec, ...]
    model_plans: tuple[ModelPlan, ...]
    unions: tuple[UnionSpec, ...]
    aliases: tuple[AliasSpec, ...]
    # (module, names) imported from the other modules of ``_models``, sorted.
    imports: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (
            *(enum.name for enum in self.enums),
            *(plan.model.name for plan in self.model_plans),
            *(union.name for union in self.unions),
            *(alias.name for alias in self.aliases),
        )

    @property
    def makes_empty_lists(self) -> bool:
        """Whether a field of one of its models reads absent as an empty list."""
        return any(
            field.empty_list_default for plan in self.model_plans for field in plan.model.fields
        )


def module_name(class_name: str) -> str:
    """The snake-case module name of a class name (``InstanceState`` -> ``instance_state``)."""
    name = _WORD_BOUNDARY.sub("_", class_name).lower()
    return f"{name}_" if keyword.iskeyword(name) else name


def plan_model_modules(
    graph: ModelGraph, model_plans: Iterable[ModelPlan]
) -> tuple[ModelModule, ...]:
    """The modules of ``ukc_client._models``, in the order of the names they are named after."""
    plans = tuple(model_plans)
    order = [
        *(enum.name for enum in graph.enums),
        *(plan.model.name for plan in plans),
        *(union.name for union in graph.unions),
        *(alias.name for alias in graph.aliases),
    ]
    defined = frozenset(order)
    references: dict[str, tuple[str, ...]] = {name: () for name in order}
    for plan in plans:
        references[plan.model.name] = _named(
            (field.annotation for field in plan.model.fields), defined
        )
    for union in graph.unions:
        references[union.name] = tuple(variant.model for variant in union.variants)
    for alias in graph.aliases:
        references[alias.name] = _named([alias.type.annotation], defined)
    position = {name: index for index, name in enumerate(order)}
    connected = [
        sorted(group, key=position.__getitem__) for group in _strongly_connected(order, references)
    ]
    connected.sort(key=lambda group: position[group[0]])
    # Each module is named after the first name of the group the others were merged into.
    groups = _merged_into_sole_referrer(connected, references)
    groups.sort(key=lambda group: position[group[0]])
    module_of: dict[str, str] = {}
    taken: set[str] = set()
    for group in groups:
        base = module_name(group[0])
        name, suffix = base, 2
        while name in taken:
            name, suffix = f"{base}_{suffix}", suffix + 1
        taken.add(name)
        module_of.update(dict.fromkeys(group, name))
    modules = []
    for group in groups:
        members = frozenset(group)
        name = module_of[group[0]]
        imported: dict[str, set[str]] = {}
        for member in group:
            for target in references[member]:
                if target not in members:
                    imported.setdefault(module_of[target], set()).add(target)
        modules.append(
            ModelModule(
                name=name,
                enums=tuple(enum for enum in graph.enums if enum.name in members),
                model_plans=tuple(plan for plan in plans if plan.model.name in members),
                unions=tuple(union for union in graph.unions if union.name in members),
                aliases=tuple(alias for alias in graph.aliases if alias.name in members),
                imports=tuple(
                    (module, tuple(sorted(names))) for module, names in sorted(imported.items())
                ),
            )
        )
    return tuple(modules)


def _named(annotations: Iterable[str], defined: frozenset[str]) -> tuple[str, ...]:
    """The names of ``defined`` that the annotations mention, in order of first mention."""
    found = dict.fromkeys(
        word for text in annotations for word in _IDENTIFIER.findall(text) if word in defined
    )
    return tuple(found)


def _merged_into_sole_referrer(
    groups: list[list[str]], references: Mapping[str, tuple[str, ...]]
) -> list[list[str]]:
    """The groups, each one that a single other group refers to merged into that group.

    Loading the referrer loads it anyway; fewer modules load faster when all are needed (each
    module costs its own file lookup and read). The groups form no cycle, so neither do the
    merged ones.
    """
    group_of = {name: index for index, group in enumerate(groups) for name in group}
    referrers: list[set[int]] = [set() for _ in groups]
    for name, targets in references.items():
        for target in targets:
            if group_of[target] != group_of[name]:
                referrers[group_of[target]].add(group_of[name])
    root = list(range(len(groups)))

    def find(index: int) -> int:
        while root[index] != index:
            index = root[index]
        return index

    for index, referring in enumerate(referrers):
        if len(referring) == 1:
            root[index] = next(iter(referring))
    merged: dict[int, list[str]] = {
        index: list(groups[index]) for index in range(len(groups)) if root[index] == index
    }
    for index, group in enumerate(groups):
        if root[index] != index:
            merged[find(index)].extend(group)
    return list(merged.values())


def _strongly_connected(
    order: list[str], references: Mapping[str, tuple[str, ...]]
) -> list[list[str]]:
    """The strongly connected groups of the reference graph (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in order:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, edge = work.pop()
            if edge == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = references[node]
            if edge < len(targets):
                work.append((node, edge + 1))
                target = targets[edge]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                groups.append(group)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return groups
