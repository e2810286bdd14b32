"""A premiere named for who is invited to it ("a cast and crew premiere") is an event before the
release, not the release; a shoot of someone's next project named after their name ("X's next
project will be Y, which ...") is that project's; a season named by its number alone opening a
sentence ("Season two premieres on ...") is the article's own show's. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Fernbrook gets its release date"
_SHOW = "Six things we learned about Fernbrook season 2"


def _kinds(*paragraphs: str, title: str = _TITLE) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-01-14", title=title)


def test_a_cast_and_crew_premiere_two_days_before_is_not_the_release() -> None:
    kinds = _kinds(
        "Fernbrook will be released on Friday 13 March 2026, the streamer said.",
        "A cast and crew premiere will take place in Leeds on Wednesday 11 March, two days "
        "before the film goes live worldwide.",
    )
    assert ("premiere_date", "2026-03-13", False) in kinds
    assert not any(value == "2026-03-11" for _, value, _ in kinds)


def test_a_charity_premiere_is_an_event_but_the_film_premiering_is_the_release() -> None:
    held = _kinds("A charity premiere will be held at the Thornquist Hall on 2 March.")
    assert not any(value == "2026-03-02" for _, value, _ in held)
    served = _kinds("Fernbrook will premiere on Netflix on 2 March.")
    assert ("premiere_date", "2026-03-02", False) in served


def test_a_shoot_of_someones_next_project_named_after_them_is_not_ours() -> None:
    kinds = _kinds(
        "Fernbrook will be released on Friday 13 March 2026.",
        "The announcement also confirmed that Thornquist's next project will be Kestrelmoor, a "
        "drama about a lighthouse keeper, which is set to begin shooting in Cornwall next spring.",
    )
    assert not any(kind == "filming_planned" for kind, _, _ in kinds)


def test_a_bare_numbered_season_opening_the_sentence_is_ours() -> None:
    kinds = _kinds(
        "Season two premieres on Friday 3 April 2026 with two episodes.",
        "Fernbrook season 1 is streaming now.",
        title=_SHOW,
    )
    assert ("premiere_date", "2026-04-03", False) in kinds


def test_a_season_of_another_show_or_after_a_clause_is_not_ours() -> None:
    for sentence in (
        "Season two of Kestrelmoor premieres on Friday 3 April 2026.",
        "Kestrelmoor was renewed, and season two premieres on Friday 3 April 2026.",
    ):
        kinds = _kinds(sentence, "Fernbrook season 1 is streaming now.", title=_SHOW)
        assert not any(value == "2026-04-03" for _, value, _ in kinds), sentence
