"""A name set beside a phrase that tells it as a work ("Low Tide, the film that ends the saga,")
is a title, never the person a "he says" stands for."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Tom Reed on growing up on screen and leaving Inspector Dace behind."


def test_a_title_told_as_the_film_is_passed_over() -> None:
    found = facts(
        _LEDE,
        "Tom Reed has ordered tea and is not drinking it. He has played Inspector Dace since he "
        "was 19, and Saltmarsh Nights, the film that ends the story, lands on Netflix on 3 May.",
        "“I didn’t want to let him go,” he says. “I still don’t.”",
    )
    speakers = {q.speaker for q in found.quotes if q.served}
    assert speakers == {"Tom Reed"}, speakers


def test_a_person_set_beside_a_role_still_speaks() -> None:
    found = facts(
        _LEDE,
        "Tom Reed has ordered tea. Ada Vale, the director who cast him at 19, joins us later.",
        "“He was a nervous kid,” she says.",
    )
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("He was a n", "Ada Vale")], speakers
