"""Quotes on invented text: in a piece about a trailer, the words on a card joined to it by
"and" ("the title card and the words “...”") are lettering, not a quote; an actor's remark
about the trailer stays quoted."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Quistmoor trailer breakdown: 7 things you might have missed"
_LEDE = "BBC One’s winter drama Quistmoor finally has a full trailer."
_CAST = "Skerrowby Quarrell-Obi plays Inspector Odile Marsh, a detective back in her home town."


def _served(line: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, _CAST, line, date="2026-09-03", title=_TITLE))


def test_the_words_after_a_card_are_lettering() -> None:
    for line in (
        "The teaser ends on the harbour before the title card and the words “Out this winter”.",
        "It cuts to black, then a card and then the words “Nobody leaves the quay”.",
    ):
        assert not _served(line), _served(line)


def test_an_actor_on_the_trailer_stays_quoted() -> None:
    found = _served("Quarrell-Obi said: “I cried the first time I saw the quay shot.”")
    assert ("I cried the", "Skerrowby Quarrell-Obi") in [(t[:11], s) for t, s in found], found
