"""A name right after "said" is the speaker of an inverted attribution ("..., said Ada Vell"), but
"an earlier version said Wren Hale was Ivy's cousin" reports what was said about Wren Hale: the
name is the clause's subject, not a speaker, so a part written that way is still a part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_CAST = (
    "Stage actor Nell Tarrant and Ada Vell have joined the cast of Copper Bay, which began "
    "shooting on Monday.",
    "Vell has been cast as Ivy Lorne, while Tarrant will play Wren Hale, Ivy's flatmate.",
)


def test_a_correction_that_said_a_part_was_something_else_keeps_the_part() -> None:
    found = facts(
        *_CAST,
        "Correction, 3 May 2025: An earlier version of this article said Wren Hale was Ivy's "
        "cousin. Wren is Ivy's flatmate. We apologise for the error.",
    )
    assert ("Nell Tarrant", "Wren Hale") in served_pairs(found)
    assert "Wren Hale" not in found.people


def test_a_report_that_wrote_a_part_is_a_stranger_keeps_the_part() -> None:
    found = facts(
        *_CAST,
        "Early listings wrongly said Wren Hale is a newcomer to the harbour.",
    )
    assert ("Nell Tarrant", "Wren Hale") in served_pairs(found)


def test_an_inverted_attribution_still_names_a_speaker() -> None:
    found = facts(*_CAST, "“It was freezing,” said Marta Kowalsko, the show's producer.")
    assert "Marta Kowalsko" in found.people
