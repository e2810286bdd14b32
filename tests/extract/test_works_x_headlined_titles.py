"""Release: the page's own title where the headline names it anywhere, not only at its start
("The editor who cut X", "Inside the X press day"), and the article goes on to use it whole
at least twice more as a screen work. A name the headline carries but the article passes over
once, or a chart's headline, gives no title. Invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(headline: str, *paragraphs: str) -> set[str | None]:
    found = facts(*paragraphs, date="2026-05-04", title=headline)
    return {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}


_LEDE = "A quiet Yorkshire sound designer on her year with the young cast of Ember Quay."
_BODY = (
    "Nell Ashcombe had never mixed a feature before Ember Quay. The film arrives on Netflix "
    "this Friday, and she has already seen it nine times.",
    "“Every room had its own hum,” she says of the shoot in Whitby.",
    "Ember Quay streams from 8 May.",
)


def test_a_headline_naming_the_work_after_its_first_words_gives_the_title() -> None:
    for headline in (
        "‘It hummed like the sea’: the woman who mixed Ember Quay",
        "Meet the sound designer behind Ember Quay",
    ):
        assert _titles(headline, _LEDE, *_BODY) == {"Ember Quay"}, headline


def test_a_name_used_once_more_or_a_chart_headline_gives_none() -> None:
    once = (
        "Nell Ashcombe had never mixed a feature before. The film arrives this Friday.",
        "“Every room had its own hum,” she says of the shoot in Whitby.",
    )
    assert not _titles(
        "Meet the sound designer behind Ember Quay",
        "A quiet Yorkshire sound designer on her year with a young cast.",
        *once,
    )
    assert not _titles("Streaming chart: the sound of Ember Quay holds the top spot", _LEDE, *_BODY)
