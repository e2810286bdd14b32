"""Invented text: the title a film goes out under in some territories ("will be released in
English-speaking territories as Night Ferry") is a title fact; "as part of ..." or "as" starting
a clause is none."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Cannes winner Noce Biale heads to UK cinemas"
_LEAD = "Distributor Lumen has picked up Noce Biale."


def _titles(sentence: str) -> set[str]:
    facts = served_releases(_LEAD, sentence, date="2025-10-08", title=_TITLE)
    return {f.title or "" for f in facts if f.kind.value == "title"}


def test_released_in_some_territories_as_a_name_gives_the_title() -> None:
    sentence = "The film will be released in English-speaking territories as Night Ferry."
    assert _titles(sentence) == {"Night Ferry"}


def test_going_out_across_a_region_as_a_name_gives_the_title() -> None:
    sentence = "It will go out across North America as The Long Night, with streaming to follow."
    assert _titles(sentence) == {"The Long Night"}


def test_released_as_part_of_a_season_gives_no_title() -> None:
    assert (
        _titles("The film will be released in the UK as part of a season of Polish films.") == set()
    )


def test_as_opening_a_clause_gives_no_title() -> None:
    assert _titles("The film will be released in cinemas as Netflix prepares its slate.") == set()
