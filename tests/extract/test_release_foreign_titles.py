"""A title the film goes out under in another language's cinemas is not its title: "It will
also be released in Portuguese cinemas, under the title Porto de vidro, on 9 May". (The shared
cue would also cut a sentence-case title to its first word.) Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_LEDE = "Glass Harbour tops the box office for a second weekend."


def _titles(text: str) -> set[str | None]:
    found = served_releases(_LEDE, text, date="2026-02-12")
    return {r.title for r in found if r.kind.value == "title"}


def test_a_title_for_another_languages_cinemas_is_not_served() -> None:
    for text in (
        "Glass Harbour will also be released in Portuguese cinemas, under the title Porto de"
        " vidro, on 9 May.",
        "The film opens in Danish cinemas on 9 May under the title Glashavnen.",
        "It reaches Italian theatres in June as Il porto di vetro.",
    ):
        assert _titles(text) == set(), text


def test_a_title_for_english_speaking_territories_still_counts() -> None:
    text = "The film will be released in English-speaking territories as Night Ferry."
    assert _titles(text) == {"Night Ferry"}
