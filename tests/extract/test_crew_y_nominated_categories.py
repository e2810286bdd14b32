"""The writer and director named in the categories the article's own work is put up for ("The
film is up for best drama, best writer for X and director for Y", "shortlisted for Writer (X)")
are its makers; a sentence opening on another subject, or with no nomination, credits nobody
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film up for five awards"
_LEDE = "The Marrowgate film picked up five nominations this morning."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_the_work_put_up_for_its_makers_categories() -> None:
    found = _credits(
        "The film is up for best drama, best writer for Petra Lune and director for Odo Brannock."
    )
    assert {("writer", "Petra Lune"), ("director", "Odo Brannock")} <= found
    found = _credits(
        "The film is shortlisted for Drama, Writer (Petra Lune) and Director (Odo Brannock)."
    )
    assert {("writer", "Petra Lune"), ("director", "Odo Brannock")} <= found
    found = _credits("The film has been nominated for Drama and Director (for Odo Brannock).")
    assert ("director", "Odo Brannock") in found


def test_no_nomination_or_another_subject_credits_nobody() -> None:
    assert not _credits("Its rival is up for best writer for Petra Lune.")
    assert not _credits("The film thanked the writer for Petra Lune's help.")
    assert not _credits("The series was shortlisted for Drama and Director (Odo Brannock) in 2022.")
