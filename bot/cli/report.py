"""Ingestion reports in words, for the ``seed`` command and start-up logs."""

from __future__ import annotations

from bot.facts import ArticleFacts
from bot.ingestion.report import FileResult, IngestReport, Outcome
from bot.render.common import counted

_OUTCOME_WIDTH = max(len(outcome.value) for outcome in Outcome)


def describe_report(report: IngestReport, *, only_summary: bool = False) -> str:
    """One line per file that was not unchanged (or every file), then the totals."""
    lines = [] if only_summary else [_describe_file(result) for result in report.every_result()]
    totals = report.totals()
    # Renames are counted only when there are some: the five counts are what scripts read.
    shown = [o for o in Outcome if o is not Outcome.RENAMED or totals.get(o, 0)]
    counts = ", ".join(f"{totals.get(outcome, 0)} {outcome.value}" for outcome in shown)
    count = report.files
    lines.append(f"Seeds: {counted(count, 'file')}: {counts}.")
    return "\n".join(lines)


def _describe_file(result: FileResult) -> str:
    line = f"{result.outcome.value:<{_OUTCOME_WIDTH}}  {result.file_name}"
    details = []
    if result.facts is not None:
        details.append(_describe_facts(result.facts))
    details.extend(result.notes)
    return line + (f"  ({'; '.join(details)})" if details else "")


def _describe_facts(facts: ArticleFacts) -> str:
    counts = (
        f"{len(facts.cast)} cast",
        f"{len(facts.crew)} crew",
        f"{len(facts.release)} release",
        counted(len(facts.quotes), "quote"),
    )
    return ", ".join(counts)
