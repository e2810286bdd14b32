"""A sentence opening on a bare job and a name ("Director A told us ...") right after one about
another work goes on about that work: its maker is not ours; after a sentence about our own
work, the maker is ours."""

from __future__ import annotations

from tests.extract.helpers import facts

TITLE = "Harrowgate festival: Brackenfield opens to a full house"


def _directors(*middle: str) -> set[str]:
    found = facts(
        "The Brackenfield film opened the festival on Friday night to a sold-out crowd.",
        *middle,
        date="2027-03-14",
        title=TITLE,
    )
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_a_bare_director_after_another_works_sentence_is_not_ours() -> None:
    directors = _directors(
        "Late addition: the documentary Slate Harbour will now screen on Monday morning."
        " Director Odile Penmarch told us it should reach television in the autumn."
    )
    assert "Odile Penmarch" not in directors


def test_a_bare_director_after_our_works_sentence_is_ours() -> None:
    directors = _directors(
        "Brackenfield drew a standing ovation at the end."
        " Director Odile Penmarch told us the shoot took seven weeks."
    )
    assert "Odile Penmarch" in directors


def test_a_bare_director_after_a_sentence_naming_another_work_in_passing_is_ours() -> None:
    directors = _directors(
        "Fans spotted that the harbour also turns up in the 2024 BBC series Gullwater."
        " Director Odile Penmarch told us she chose it for the light."
    )
    assert "Odile Penmarch" in directors
