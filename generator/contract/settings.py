"""What a contract run checks and how hard: the settings, their defaults, the stateful bounds,
and how the phases are dealt out to workers."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

# What a response must satisfy. Left out: positive_data_acceptance, because the spec does not
# carry the server's own limits (memory bounds, quotas, existing names), so a spec-valid request
# may rightly be refused with 400. The last two apply to the stateful phase, which follows the
# spec's links from a create operation: what was just created must be found (not 404), and what
# was deleted must be gone.
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "unsupported_method",
    "ignored_auth",
    "use_after_free",
    "ensure_resource_availability",
)
PHASES = ("examples", "coverage", "fuzzing", "stateful")
DEFAULT_TOKEN = "contract-test-token"
# Where the token is read from when not given, the same variable the generated client reads.
TOKEN_ENVIRONMENT_VARIABLE = "UKC_TOKEN"
# What a printed reproduction reads the server's address from, when it was a mock started for
# the run (and so gone when the run ends).
BASE_URL_ENVIRONMENT_VARIABLE = "UKC_BASE_URL"
DEFAULT_MAX_EXAMPLES = 5
# A worker is a schemathesis process of its own that runs some of the phases (against a mock of
# its own when the run starts the mock): the phases share nothing but the spec, and processes use
# every CPU. schemathesis' own workers are threads of one process; they share one interpreter lock
# (two were no faster) and its shared caches now and then raise a FlakyFailure while generating.
# How long each phase takes, relative to the others, in a full run against the mock
# (bench/README.md, the contract run): the phases are dealt out to the workers by these weights.
PHASE_WEIGHTS = {"examples": 1, "coverage": 10, "fuzzing": 9, "stateful": 6}
# The stateful phase's bounds; schemathesis reads them only from a config file. Its defaults
# (the CLI's --max-examples scenarios of 6 steps) end most scenarios before a create has been
# followed by more than a call or two; these reach the spec's links and keep the phase to seconds.
# After the other phases (whose answers feed it), 30 scenarios follow about as many links as 100
# (40 and 42 of 57 at seed 20240601) for 11 to 16 s less CPU in a full run; 100 had made the
# stateful phase the longest of a full run. After the fuzzing phase alone (the second of two
# workers) they follow about as many (mean 36.8 against 38.0 over five seeds; bench/README.md).
# ``--scenarios`` asks for more.
DEFAULT_SCENARIOS = 30
DEFAULT_MAX_STEPS = 15


@attrs.frozen
class ContractSettings:
    """What to test, where, and how hard."""

    spec_path: Path
    # The server to check; None starts a fresh mock of the spec for each worker.
    base_url: str | None
    token: str = DEFAULT_TOKEN
    max_examples: int = DEFAULT_MAX_EXAMPLES
    seed: int | None = None
    # How many schemathesis processes run the phases at once (see PHASE_WEIGHTS).
    workers: int = 1
    # Only these operations (by operation id); all of them when empty.
    operation_ids: tuple[str, ...] = ()
    # Which of schemathesis' phases to run, in its order.
    phases: tuple[str, ...] = PHASES
    # The stateful phase: at most this many scenarios, each of at most max_steps calls.
    scenarios: int = DEFAULT_SCENARIOS
    max_steps: int = DEFAULT_MAX_STEPS
    # Keep the run's reports and config here; a temporary directory, removed after, when None.
    report_dir: Path | None = None

    @property
    def target_is_mock(self) -> bool:
        """The server is a mock started for the run: reproductions must start one of their own."""
        return self.base_url is None


def default_workers(phases: tuple[str, ...]) -> int:
    """One worker per CPU this process may use, at most one per phase."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(usable or 1, len(phases)))


def phase_groups(phases: tuple[str, ...], workers: int) -> tuple[tuple[str, ...], ...]:
    """``phases`` dealt out to at most ``workers`` workers, heaviest first to the least loaded;
    each group keeps schemathesis' order, and the groups are in the order of their first phase."""
    groups: list[list[str]] = [[] for _ in range(min(workers, len(phases)))]
    loads = [0] * len(groups)
    for phase in sorted(phases, key=lambda name: -PHASE_WEIGHTS[name]):
        lightest = loads.index(min(loads))
        groups[lightest].append(phase)
        loads[lightest] += PHASE_WEIGHTS[phase]
    ordered = (tuple(sorted(group, key=PHASES.index)) for group in groups)
    return tuple(sorted(ordered, key=lambda group: PHASES.index(group[0])))


def stateful_config(settings: ContractSettings) -> str:
    """The schemathesis.toml tables that bound the stateful phase."""
    # Valid requests only: the other phases send the invalid ones, and an invalid create starts
    # a scenario that has nothing to follow.
    return (
        "[phases.stateful]\n"
        f"max-steps = {settings.max_steps}\n"
        "\n"
        "[phases.stateful.generation]\n"
        f"max-examples = {settings.scenarios}\n"
        'mode = "positive"\n'
    )
