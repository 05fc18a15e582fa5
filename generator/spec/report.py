"""The normalization report: every inference, reconstruction and correction, with its evidence.

The normalizer records a ``Finding`` for each decision the page did not state outright; the
report renders them for a reviewer (Markdown) and for tools (JSON).
"""

from __future__ import annotations

import json
from collections import Counter

import attrs

# Confidence of a finding: how much a reviewer should look at it.
HIGH, MEDIUM, LOW = "high", "medium", "low"
SUPPLIED, OVERRIDE, NONE = "supplied", "override", "none"

# Kinds of finding, in the order the report shows them.
KINDS: dict[str, str] = {
    "reference": "Inferred references (object fields -> schemas)",
    "string-map": "String maps",
    "free-form": "Object fields no schema fits",
    "envelope": "Response envelopes rebuilt",
    "twin": "Properties mirrored from a bulk twin",
    "identifier": "Name-or-UUID objects completed",
    "one-of": "oneOf blocks",
    "exactly-one": "Exactly-one-of constraints",
    "supplied": "Properties supplied by spec/supplement.yaml",
    "correction": "Types and formats corrected by spec/supplement.yaml",
    "shared-enum": "Shared enums",
    "default": "Defaults read from prose",
    "example": "Examples dropped",
    "pattern": "Patterns",
    "contradiction": "Contradictions in the source, resolved or left for review",
    # Rewrites of a published OpenAPI document into the conventions (``generator/imported``).
    "composition": "allOf unwrapped or merged",
    "format": "Formats and keywords rewritten",
    "bound": "Bounds made integers",
    "nullable": "nullable written as a type",
    "response": "Success responses from default",
    "server": "Servers and their variables",
    "overlay": "Corrections from the document's own overlay",
}


@attrs.frozen
class Finding:
    kind: str
    location: str  # "Schema" or "Schema.field" or an operation id
    decision: str
    evidence: str
    confidence: str
    line: int | None = None

    @property
    def needs_review(self) -> bool:
        return self.confidence in (LOW, NONE)


@attrs.define
class NormalizationReport:
    findings: list[Finding] = attrs.Factory(list)
    counts: dict[str, int] = attrs.Factory(dict)
    # What the report is about, when the source is not the page (a published OpenAPI document).
    introduction: str | None = None

    def add(
        self,
        kind: str,
        location: str,
        decision: str,
        evidence: str,
        confidence: str,
        line: int | None = None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown finding kind {kind!r}")
        self.findings.append(Finding(kind, location, decision, evidence, confidence, line))

    def sorted_findings(self) -> list[Finding]:
        order = {kind: index for index, kind in enumerate(KINDS)}
        return sorted(self.findings, key=lambda f: (order[f.kind], f.location, f.decision))

    def to_json(self) -> str:
        """Findings without their page lines, which follow in ``lines``, one a line: an edit
        of the page shifts lines, and a diff of the findings should show only what changed."""
        findings = self.sorted_findings()
        payload = {
            "counts": dict(sorted(self.counts.items())),
            "findings": [attrs.asdict(f, filter=lambda a, _: a.name != "line") for f in findings],
        }
        text = json.dumps(payload, indent=2, ensure_ascii=False)
        rows = [
            json.dumps([f.kind, f.location, f.line], ensure_ascii=False)
            for f in findings
            if f.line is not None
        ]
        lines_text = ",\n    ".join(rows)
        return text[: text.rindex("}")].rstrip() + f',\n  "lines": [\n    {lines_text}\n  ]\n}}\n'

    def to_markdown(self) -> str:
        findings = self.sorted_findings()
        lines = [
            "# Normalization report",
            "",
            self.introduction
            or "Written by `python -m generator normalize`. Every decision the schema document "
            "does not state outright is listed with its evidence and a confidence: `high` and "
            "`medium` follow from evidence in the document, `low` is a guess a person should "
            "confirm, `supplied` comes from `spec/supplement.yaml`, `override` from "
            "`spec/overrides.yaml`, `none` means nothing fitted. Correct any decision in "
            "`spec/overrides.yaml`. The page line of each finding is in "
            "`normalization-report.json` (`lines`).",
            "",
            "## Counts",
            "",
            "| what | count |",
            "|---|---|",
        ]
        lines += [f"| {name} | {value} |" for name, value in sorted(self.counts.items())]
        by_confidence = Counter(f.confidence for f in findings if f.kind == "reference")
        if by_confidence:
            lines += [
                "",
                "References by confidence: "
                + ", ".join(f"{c}: {by_confidence[c]}" for c in sorted(by_confidence)),
            ]
        lines += ["", "## For a person to review", ""]
        review = [f for f in findings if f.needs_review]
        lines += _table(review) if review else ["Nothing."]
        for kind, title in KINDS.items():
            group = [f for f in findings if f.kind == kind]
            if group:
                lines += ["", f"## {title} ({len(group)})", ""] + _table(group)
        return "\n".join(lines) + "\n"


def _table(findings: list[Finding]) -> list[str]:
    # No page line numbers here: they shift with every edit of the page, and would make each
    # row after an edit look changed. The JSON report keeps them, apart from the findings.
    rows = ["| where | decision | evidence | confidence |", "|---|---|---|---|"]
    for f in findings:
        where = f"`{f.location}`"
        rows.append(f"| {where} | {_cell(f.decision)} | {_cell(f.evidence)} | {f.confidence} |")
    return rows


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
