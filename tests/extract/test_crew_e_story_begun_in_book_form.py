"""The source's author told by the story's first form: "the story X began in webcomic form"
credits X as the author (the books, not the show: no creator's credit)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_the_story_begun_in_webcomic_form_credits_its_author() -> None:
    found = credits(
        facts(
            "The Larkmoor Veil film is coming to Netflix.",
            "Larkmoor Veil, the film that closes the story Hester Quillane began in webcomic "
            "form, arrives on Friday.",
        )
    )
    assert ("author", "Hester Quillane") in found
    assert ("creator", "Hester Quillane") not in found


def test_a_career_begun_in_another_form_credits_nobody() -> None:
    found = facts(
        "The Larkmoor Veil film is coming to Netflix.",
        "Hester Quillane began in good form on the first day of the shoot.",
    )
    assert ("author", "Hester Quillane") not in credits(found)
