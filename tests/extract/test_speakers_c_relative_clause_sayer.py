"""Quotes on invented text: words right after a relative clause's own "who used to say," are
the words of the one that clause tells of (an aunt, a teacher), never of the sentence's
subject who tells the story; the subject's own "who told us," keeps them."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Novelist Ysolde Carrick-Penn talks to us about adapting her own book, Gull Lantern."


def _speakers(line: str) -> dict[str, str]:
    found = facts(
        _LEDE,
        "Carrick-Penn spent a year on the scripts. “I cut more than I kept,” she says.",
        line,
        date="2026-02-11",
    )
    return {q.text[:14]: q.speaker for q in found.quotes if q.served}


def test_a_relative_clause_sayers_words_are_not_the_tellers() -> None:
    for line in (
        "She also tells a story about her old drama teacher, who used to say, "
        "‘Never apologise to a camera.’",
        "She tells us about her great-aunt, who would always say: ‘Never apologise to a camera.’",
    ):
        said = _speakers(line)
        assert said.get("Never apologis", "") != "Ysolde Carrick-Penn", said


def test_the_tellers_own_clause_keeps_her_words() -> None:
    said = _speakers(
        "We ask about the ending. “Never apologise to a camera,” says Carrick-Penn, who laughs."
    )
    assert said.get("Never apologis") == "Ysolde Carrick-Penn", said
