"""A schemathesis hooks file: tallies the stateful phase from the engine's events, as JSON.

schemathesis' JSON report leaves out how far the stateful phase went; its engine reports it in
events. schemathesis loads this file (the ``hooks`` key of the config file the driver writes);
it adds the option ``--ukc-stateful-coverage-path`` to ``schemathesis run`` and registers an
event handler through schemathesis' CLI extension API. The handler counts the phase's scenarios
and the links they followed, as schemathesis' own progress output counts them, and at the end of
the run writes them to the option's path: an object of the fields of
``generator.contract.results.StatefulCoverage``, or ``null`` if the phase did not run.

It imports only schemathesis and the standard library, not the toolkit: what schemathesis'
process allocates shapes its stateful phase (a seed's scenarios change with it), so the
toolkit's own modules stay out of that process.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from schemathesis import cli
from schemathesis.cli import EventHandler, ExecutionContext
from schemathesis.engine import Status, events
from schemathesis.engine.run import PhaseName

OPTION = "--ukc-stateful-coverage-path"
# click's name for the option's value among the parameters a handler is built with.
_OPTION_PARAMETER = OPTION.lstrip("-").replace("-", "_")
# A scenario that ran to an outcome; skipped and interrupted ones followed nothing.
_COUNTED_STATUSES = frozenset({Status.SUCCESS, Status.FAILURE, Status.ERROR})


class StatefulTally:
    """The stateful phase's scenarios and links, counted from the engine's events."""

    def __init__(self) -> None:
        self.ran = False
        self.scenarios = 0
        self.links_selected = 0
        self.links_covered: set[str] = set()

    def observe(self, event: events.EngineEvent) -> None:
        if isinstance(event, events.PhaseStarted):
            phase = event.phase
            if (
                phase.name == PhaseName.STATEFUL_TESTING
                and phase.is_enabled
                and phase.skip_reason is None
                and isinstance(event.payload, events.StatefulPhasePayload)
            ):
                self.ran = True
                # A repeated phase infers its links again and finds none new once they are in
                # the spec: the largest count stands.
                self.links_selected = max(self.links_selected, event.payload.transitions_selected)
        elif (
            isinstance(event, events.ScenarioFinished)
            and event.phase == PhaseName.STATEFUL_TESTING
            # A final scenario replays a failure found before: not a scenario of its own.
            and not event.is_final
            and event.status in _COUNTED_STATUSES
        ):
            self.scenarios += 1
            self.links_covered.update(
                node.transition.id
                for node in event.recorder.cases.values()
                if node.transition is not None and node.is_transition_applied
            )

    def as_json(self) -> dict[str, int] | None:
        if not self.ran:
            return None
        return {
            "scenarios": self.scenarios,
            "links_covered": len(self.links_covered),
            "links_selected": self.links_selected,
        }


class StatefulCoverageWriter(EventHandler[ExecutionContext]):
    """Tallies the stateful phase of a run and writes it to the option's path at the end."""

    def __init__(self, *args: Any, **params: Any) -> None:
        path = params.get(_OPTION_PARAMETER)
        # Without the option this is some other run of schemathesis that loaded the file.
        self._path = None if path is None else Path(path)
        self._tally = StatefulTally()

    def handle_event(self, ctx: ExecutionContext, event: events.EngineEvent) -> None:
        self._tally.observe(event)

    def shutdown(self, ctx: ExecutionContext) -> None:
        if self._path is not None:
            self._path.write_text(json.dumps(self._tally.as_json()), encoding="utf-8")


cli.add_group("Contract toolkit").add_option(
    OPTION,
    type=str,
    metavar="PATH",
    help="Write the stateful phase's coverage as JSON to this file",
)
# Called rather than used as a decorator: the decorator returns None, not the class.
cli.handler()(StatefulCoverageWriter)
