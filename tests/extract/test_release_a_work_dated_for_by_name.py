"""A work said by name to be "(now) dated for" a day, a streamer maybe between, is dated then;
"which is dated for" (a clause on another work) and "had been dated for" are not. Invented
articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillon Vale: everything we know"
_LEDE = "The Elspin drama Quillon Vale is the next big thing."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-02-02", title=_TITLE)


def test_a_work_dated_for_a_streamer_on_a_day_premieres_then() -> None:
    assert _found(
        "Quillon Vale, the film that ends the story, is now dated for Orbiflix on 17 April 2026."
    ) == {("premiere_date", "2026-04-17", False)}


def test_a_work_dated_for_a_day_premieres_then() -> None:
    assert _found("Quillon Vale is dated for 17 April 2026.") == {
        ("premiere_date", "2026-04-17", False)
    }


def test_a_clause_on_another_work_dated_for_a_day_dates_nothing() -> None:
    assert _found("Kettlewick Road, which is dated for 17 April, stars her too.") == set()


def test_a_day_the_work_had_been_dated_for_is_no_premiere() -> None:
    assert _found("Quillon Vale had been dated for 17 April 2026.") == set()
