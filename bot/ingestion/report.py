"""What an ingest did with the seeds folder's files: an outcome for each file read, removed
or rejected, and the unchanged files (not read) by name alone."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

import msgspec

from bot.facts import ArticleFacts


class Outcome(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    REMOVED = "removed"
    REJECTED = "rejected"
    RENAMED = "renamed"
    """The file of a stored article under a new name (moved, or restored under another)."""


class FileResult(msgspec.Struct, frozen=True, gc=False):
    """What an ingest did with one file it read, removed or rejected (outside the cyclic
    collector: nothing it holds leads back to it)."""

    file_name: str
    outcome: Outcome
    notes: tuple[str, ...] = ()
    """Why a file was rejected, or what an operator should know about an accepted one."""
    facts: ArticleFacts | None = None
    renamed_from: str | None = None
    """For :attr:`Outcome.RENAMED`: the file name the article had."""


class IngestReport(msgspec.Struct):
    results: list[FileResult] = msgspec.field(default_factory=list)
    """What was done with each file read, removed or rejected, by file name."""
    unchanged: list[str] = msgspec.field(default_factory=list)
    """The files not read, their size and time being as stored, by name alone: a catch-up
    finds 10,000 of them, and a result object each would be made for nothing."""

    def every_result(self) -> list[FileResult]:
        """A result for every file, the unread unchanged ones too, by file name (listings)."""
        unread = (FileResult(name, Outcome.UNCHANGED) for name in self.unchanged)
        return sorted([*self.results, *unread], key=file_name_of)

    @property
    def files(self) -> int:
        """How many files the ingest looked at (or found removed)."""
        return len(self.results) + len(self.unchanged)

    def totals(self) -> Counter[Outcome]:
        totals = Counter(result.outcome for result in self.results)
        if self.unchanged:
            totals[Outcome.UNCHANGED] += len(self.unchanged)
        return totals

    @property
    def changed_anything(self) -> bool:
        return any(
            r.outcome in (Outcome.NEW, Outcome.CHANGED, Outcome.REMOVED, Outcome.RENAMED)
            for r in self.results
        )


def file_name_of(result: FileResult) -> str:
    return result.file_name
