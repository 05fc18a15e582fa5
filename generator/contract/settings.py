"""What a contract run checks and how hard: the settings, their defaults, the stateful bounds."""

from __future__ import annotations

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
# One worker: with more, hypothesis' shared caches now and then raise a FlakyFailure while
# generating (a runtime error of the run, not of the server); two were not faster here.
DEFAULT_WORKERS = 1
# The stateful phase's bounds; schemathesis reads them only from a config file. Its defaults
# (the CLI's --max-examples scenarios of 6 steps) end most scenarios before a create has been
# followed by more than a call or two; these reach the spec's links and keep the phase to seconds.
# After the other phases (whose answers feed it), 30 scenarios follow about as many links as 100
# (40 and 42 of 57 at seed 20240601) for 11 to 16 s less CPU in a full run; 100 had made the
# stateful phase the longest of a full run. ``--scenarios`` asks for more.
DEFAULT_SCENARIOS = 30
DEFAULT_MAX_STEPS = 15


@attrs.frozen
class ContractSettings:
    """What to test, where, and how hard."""

    spec_path: Path
    base_url: str
    token: str = DEFAULT_TOKEN
    max_examples: int = DEFAULT_MAX_EXAMPLES
    seed: int | None = None
    workers: int = DEFAULT_WORKERS
    # Only these operations (by operation id); all of them when empty.
    operation_ids: tuple[str, ...] = ()
    # Which of schemathesis' phases to run, in its order.
    phases: tuple[str, ...] = PHASES
    # The stateful phase: at most this many scenarios, each of at most max_steps calls.
    scenarios: int = DEFAULT_SCENARIOS
    max_steps: int = DEFAULT_MAX_STEPS
    # Keep the run's reports and config here; a temporary directory, removed after, when None.
    report_dir: Path | None = None
    # The server is a mock started for this run: reproductions must start one of their own.
    target_is_mock: bool = False


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
