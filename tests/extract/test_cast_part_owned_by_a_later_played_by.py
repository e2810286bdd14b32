"""A part followed at once by its own "played by" (in dashes, brackets or commas) is the part of
the actor that "played by" names, not of the sentence's subject: in "X said the film picks up as
Ada's sister Bea – played by Y – moves away", Bea is Y's part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_dashed_played_by_after_a_clause_as() -> None:
    found = facts(
        "Marta Vell, who also starred in the drama “Low Tide”, said the sequel picks up as "
        "Daisy's girlfriend Petra Lund – played by Hanne Storm – moves to Leeds.",
        title="Lantern Street sequel",
    )
    assert ("Marta Vell", "Petra Lund") not in pairs(found)


def test_bracketed_played_by_after_a_clause_as() -> None:
    found = facts(
        "Oren Blay said the story resumes as Tam's brother Ivo Drake (played by Sefton Rook) "
        "starts a new job.",
        title="Lantern Street sequel",
    )
    assert ("Oren Blay", "Ivo Drake") not in pairs(found)


def test_comma_played_by_after_as() -> None:
    found = facts(
        "Lena Quist explained that the season opens as the baker Rosa Finch, played by Imke "
        "Thal, loses her shop.",
        title="Lantern Street sequel",
    )
    assert ("Lena Quist", "Rosa Finch") not in pairs(found)


def test_the_subjects_own_part_still_counts() -> None:
    found = facts(
        "Marta Vell returns as Daisy Lund, and Hanne Storm joins as Petra Lund.",
        title="Lantern Street sequel",
    )
    assert ("Marta Vell", "Daisy Lund") in served_pairs(found)
