"""The release in words wherever it is shown: never an internal label, a past premiere past."""

from __future__ import annotations

import datetime as dt

from msgspec.structs import replace

from bot.answers.lookups import (
    ArticleSummary,
    DatedFact,
    Production,
    ProductionStatus,
    ReleaseInfo,
    ReleaseLine,
    ReleaseStatement,
    Source,
)
from bot.answers.moderation import ArticleAdded
from bot.corrections import FactId, FactKind
from bot.facts import ArticleFacts, ReleaseFact, ReleaseKind
from bot.render.cards import cards_for
from bot.render.text import TextStyle

SOURCE = Source("107.txt", "A date at last", dt.date(2025, 11, 20))
PREMIERE = dt.date(2026, 2, 13)
RELEASE = ReleaseInfo(
    premiere=DatedFact(PREMIERE.isoformat(), SOURCE),
    previous_premiere=None,
    window=None,
    title=DatedFact("Marlow", SOURCE),
    production=ProductionStatus(Production.WRAPPED, dt.date(2025, 8, 22), None, SOURCE),
    as_of=SOURCE.published,
    sources=(SOURCE,),
)


def description(answer: ReleaseInfo) -> list[str]:
    (card,) = cards_for(answer, TextStyle())
    return card.description.splitlines()


def test_release_date_tells_a_premiere_still_ahead_in_the_future_tense() -> None:
    ahead = replace(RELEASE, today=dt.date(2026, 1, 5))
    assert description(ahead) == [
        "Premieres on 13 February 2026, in 5 weeks.",  # the same for every time zone
        "Filming wrapped on 22 August 2025.",
    ]
    assert description(RELEASE)[0] == "Premieres on 13 February 2026."  # no day known


def test_release_date_tells_a_premiere_in_the_past_in_the_past_tense() -> None:
    past = replace(RELEASE, today=dt.date(2026, 2, 14))
    assert description(past)[0] == "Premiered on 13 February 2026."


def test_news_show_tells_release_facts_in_words() -> None:
    said = (
        ReleaseStatement(ReleaseKind.PREMIERE_DATE, date=PREMIERE),
        ReleaseStatement(ReleaseKind.FILMING_PLANNED, period="2025-06/2025-08"),
        ReleaseStatement(ReleaseKind.FILMING_STARTED, date=dt.date(2025, 6, 2)),
        ReleaseStatement(ReleaseKind.FILMING_WRAPPED),
        ReleaseStatement(ReleaseKind.WINDOW, period="2026", hedged=True),
        ReleaseStatement(ReleaseKind.WINDOW, period="2026-01/2026-04"),
        ReleaseStatement(ReleaseKind.NOT_ANNOUNCED),
        ReleaseStatement(ReleaseKind.TITLE, title="Marlow"),
    )
    lines = tuple(
        ReleaseLine(FactId(FactKind.RELEASE, number), statement)
        for number, statement in enumerate(said, start=1)
    )
    summary = ArticleSummary(SOURCE, "A date at last", (), (), lines, (), dt.date(2026, 1, 1))
    (card,) = cards_for(summary, TextStyle())
    release = {field.name: field.value for field in card.fields}["Release news"]
    assert release.splitlines() == [
        "Premiere: 13 February 2026 · release-1",
        "Filming planned for summer 2025 · release-2",
        "Filming started on 2 June 2025 · release-3",
        "Filming has wrapped · release-4",
        "Release hoped for in 2026 · release-5",
        "Release expected in early 2026 · release-6",
        "No release date announced yet · release-7",
        "Title: Marlow · release-8",
    ]
    (later,) = cards_for(replace(summary, today=dt.date(2026, 3, 1)), TextStyle())
    release = {field.name: field.value for field in later.fields}["Release news"]
    assert release.splitlines()[0] == "Premiered on 13 February 2026 · release-1"
    assert "_" not in release


def test_news_add_shows_the_facts_found_in_words() -> None:
    facts = ArticleFacts(
        release=(
            ReleaseFact(ReleaseKind.FILMING_PLANNED, "this summer", window="2025-06/2025-08"),
            ReleaseFact(ReleaseKind.PREMIERE_DATE, "on 13 February", date=PREMIERE, hedged=True),
        )
    )
    (card,) = cards_for(ArticleAdded("a.txt", "News", facts), TextStyle())
    assert {field.name: field.value for field in card.fields}["Release"].splitlines() == [
        "• Filming planned for summer 2025",
        "• Premiere (not confirmed): 13 February 2026",
    ]
