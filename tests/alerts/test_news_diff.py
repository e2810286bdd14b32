"""What's new, from what one article changed: the alert's words for each difference."""

from __future__ import annotations

import datetime as dt

from msgspec.structs import replace

from bot.alerts.news_diff import whats_new
from bot.answers.alerts import HOPED, Change, ChangeKind
from bot.answers.lookups import DatedFact, Production, ProductionStatus, ReleaseInfo, Source
from bot.db.snapshot import CastChange, CrewChange, KnowledgeChange, NewQuote

SOURCE = Source("a.txt", "A", dt.date(2025, 9, 1))
NOTHING = ReleaseInfo(None, None, None, None, None, SOURCE.published, ())


def dated(value: str, hedged: bool = False) -> DatedFact:
    return DatedFact(value, SOURCE, hedged)


def release_changes(before: ReleaseInfo, after: ReleaseInfo) -> list[Change]:
    return list(whats_new(KnowledgeChange(release_before=before, release_after=after)))


def test_the_same_release_facts_are_no_news_whatever_the_article_date() -> None:
    known = replace(NOTHING, premiere=dated("2026-02-13"), title=dated("Marlow"))
    assert release_changes(known, replace(known, as_of=dt.date(2026, 1, 1))) == []


def test_a_premiere_announced_moved_and_withdrawn() -> None:
    announced = replace(NOTHING, premiere=dated("2026-02-13"))
    moved = replace(NOTHING, premiere=dated("2026-02-27"))
    assert release_changes(NOTHING, announced) == [
        Change(ChangeKind.PREMIERE_ANNOUNCED, value="2026-02-13")
    ]
    assert release_changes(announced, moved) == [
        Change(ChangeKind.PREMIERE_MOVED, value="2026-02-27", previous="2026-02-13")
    ]
    assert release_changes(moved, NOTHING) == [
        Change(ChangeKind.PREMIERE_WITHDRAWN, previous="2026-02-27")
    ]


def test_title_filming_and_window_are_news_and_the_window_only_without_a_date() -> None:
    filming = ProductionStatus(Production.STARTED, dt.date(2025, 6, 2), None, SOURCE)
    after = replace(
        NOTHING, title=dated("Marlow"), production=filming, window=dated("2026", hedged=True)
    )
    assert release_changes(NOTHING, after) == [
        Change(ChangeKind.TITLE, value="Marlow"),
        Change(ChangeKind.FILMING, subject="started", value="2025-06-02"),
        Change(ChangeKind.RELEASE_WINDOW, subject=HOPED, value="2026"),
    ]
    # /release-date shows no window once a date is known: it is no news then.
    dated_now = replace(NOTHING, premiere=dated("2026-02-13"), window=None)
    assert [c.kind for c in release_changes(after, replace(after, window=None))] == []
    assert [c.kind for c in release_changes(NOTHING, dated_now)] == [ChangeKind.PREMIERE_ANNOUNCED]


def test_cast_crew_and_quotes_most_important_first() -> None:
    change = KnowledgeChange(
        cast=(
            CastChange("Jonah Pryce", "Ezra Mensah-Cole", "Rory Calloway"),
            CastChange("Callum Reyes", "Finn Ashdown-Hale", None),
            CastChange("Isaac Henderson", None, "Tobie Donovan"),
        ),
        crew=(CrewChange("Jakob Østergaard", "cinematographer"),),
        release_before=NOTHING,
        release_after=replace(NOTHING, premiere=dated("2026-02-13")),
        quotes=(
            NewQuote("forever", "Alice Oseman", fragment=True),
            NewQuote("Bring tissues.", "Kit Connor", fragment=False),
        ),
    )
    assert whats_new(change) == (
        Change(ChangeKind.PREMIERE_ANNOUNCED, value="2026-02-13"),
        Change(
            ChangeKind.RECAST,
            subject="Jonah Pryce",
            value="Ezra Mensah-Cole",
            previous="Rory Calloway",
        ),
        Change(ChangeKind.NEW_CAST, subject="Callum Reyes", value="Finn Ashdown-Hale"),
        Change(ChangeKind.LEFT_CAST, subject="Isaac Henderson", previous="Tobie Donovan"),
        Change(ChangeKind.NEW_CREW, subject="Jakob Østergaard", value="cinematographer"),
        Change(ChangeKind.NEW_QUOTES, subject="Kit Connor", value="Bring tissues.", count=2),
    )
