"""A Q&A whose headline names no one: the guest is the one the introduction says the writer
spoke to ("We spoke to the show's composer, X, ..."); with two people named so, no one is."""

from __future__ import annotations

from tests.extract.helpers import SCORE_QA, SCORE_QA_LEDE, SCORE_QA_TITLE, facts, served_quotes


def _served(intro: str) -> list[tuple[str, str]]:
    return served_quotes(
        facts(SCORE_QA_LEDE, intro, *SCORE_QA, date="2026-03-02", title=SCORE_QA_TITLE)
    )


def test_the_guest_the_writer_spoke_to_answers() -> None:
    found = _served(
        "Gannet Row ended on Sunday. We spoke to the show's composer, Kestle Trewin, whose"
        " credits include two BBC thrillers, about the score. This interview has been edited"
        " for length."
    )
    assert ("I recorded t", "Kestle Trewin") in found, found
    assert ("The final ep", "Kestle Trewin") in found, found


def test_two_people_spoken_to_name_no_guest() -> None:
    found = _served(
        "Gannet Row ended on Sunday. We spoke to Kestle Trewin and we spoke to Odile Marsh-Penn"
        " about the score. This interview has been edited for length."
    )
    assert not [s for t, s in found if t.startswith("I recorded")], found
