"""Quotes on invented text: words with no attribution of their own, right after a sentence
that opens on "He", never go on to someone the article quoted as "she" ("She adds: ...");
after a sentence that opens on "She" they still do."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Rufus Okoro-Blaine has spent a decade as the man in the background of British telly."
_TITLE = "Rufus Okoro-Blaine: ‘I was always the guy at the back’"
_CO_STAR = (
    "Co-star Delphine Achterberg, who plays his superior, Inspector Nia Kestle, calls him “the "
    "calmest man on set”. "
    "She adds: “He brought soup for everyone.”"
)


def _speaker(line: str) -> str:
    found = facts(
        _LEDE,
        "“I was always the one who said a line and left,” he tells me.",
        _CO_STAR,
        line,
        date="2026-04-09",
        title=_TITLE,
    )
    return {q.text[:11]: q.speaker for q in found.quotes if q.served}.get("My gran say", "")


def test_words_after_a_he_are_not_hers() -> None:
    assert _speaker("He shrugs off the word “overnight”. “My gran says I peaked at six.”") != (
        "Delphine Achterberg"
    )


def test_words_after_a_she_still_go_on() -> None:
    said = _speaker("She laughs at the word “overnight”. “My gran says I peaked at six.”")
    assert said == "Delphine Achterberg"
