"""Stage 6, the contract run: check with schemathesis that a server keeps the spec's contract.

schemathesis generates requests from the spec (valid ones and, in its negative mode, invalid
ones), sends them to the server, and checks every response; its stateful phase then follows the
spec's links, from a create to the operations on what it created. ``run_contract`` runs it in
processes of its own, workers that each run some of the phases at once, and reads the verdict
from their reports (``settings`` says what is checked and deals out the phases, ``driver`` runs
the workers, ``results`` reads and sums up their reports; ``stateful_tally`` is loaded by
schemathesis itself, never here).
"""

from generator.contract.driver import run_contract
from generator.contract.results import ContractResult, FailureGroup, StatefulCoverage, summary
from generator.contract.settings import CHECKS, DEFAULT_TOKEN, PHASES, ContractSettings

__all__ = [
    "CHECKS",
    "DEFAULT_TOKEN",
    "PHASES",
    "ContractResult",
    "ContractSettings",
    "FailureGroup",
    "StatefulCoverage",
    "run_contract",
    "summary",
]
