"""Release: a title reveal told apart from the title, where the headline quotes the full name
whole ("‘X Evermore’"), so every word of it reads as ours: the name used alone more than once is
the production's, the words after it the title's. Never a season or another work. Invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(title: str, *paragraphs: str) -> set[str | None]:
    found = facts(*paragraphs, date="2026-03-02", title=title)
    return {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}


_BODY = (
    "The Lanternfall film finally has a name. Netflix has revealed the title of the movie.",
    "Lanternfall Evermore will follow the pair to university, and the Lanternfall cast return.",
)


def test_a_quoted_full_title_after_a_reveal_is_served() -> None:
    for headline in (
        "‘Lanternfall Evermore’: first look at the Netflix film",
        "Netflix names its film “Lanternfall Evermore”",
    ):
        assert _titles(headline, *_BODY) == {"Lanternfall Evermore"}, headline


def test_a_season_or_another_work_is_not_a_title() -> None:
    for headline, body in (
        (
            "‘Lanternfall Season Three’: what we know",
            "Netflix has revealed the title of the Lanternfall series. Lanternfall Season Three "
            "is coming, the Lanternfall cast said.",
        ),
        (
            "‘Lanternfall Evermore’ star joins the film",
            "Netflix has revealed the title of the Lanternfall film. The Lanternfall Evermore "
            "star Kit Moss joins the Lanternfall cast.",
        ),
    ):
        assert not _titles(headline, body), headline
