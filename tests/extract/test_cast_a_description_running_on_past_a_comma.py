"""Words after "as" that run on past a comma into the sentence's next clause ("as a young
officer, is now signed to Ada Vale", "as the book, also features songs by Tin Lane") end in
that clause's object, no part; a part apposed to its description right after the comma ("as
his flatmate, Mira Holt", "as his flatmate, the shy Mira Holt") stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow Forever: everything we know"
_LEDE = "Larkhollow Forever is out on Netflix now."


def _cast(paragraph: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, "Pell Marrow plays Osric.", paragraph, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_clause_after_the_comma_names_no_part() -> None:
    for paragraph, name in (
        (
            "Marrow, who appeared in the ITV’s Dockside as a young porter, is signed to Vale"
            " Talent.",
            "Vale Talent",
        ),
        (
            "The score, put out by Tinder Music on the same night as the film, also has songs"
            " by Brass Owls, whose single closes the film.",
            "Brass Owls",
        ),
    ):
        cast = _cast(paragraph)
        assert not any(part == name for _, part in cast), (paragraph, cast)


def test_a_part_apposed_to_its_description_stays() -> None:
    assert ("Ada Vale", "Mira Holt") in _cast("Ada Vale plays his flatmate, Mira Holt.")
    assert ("Ada Vale", "Mira Holt") in _cast("Ada Vale plays his flatmate, the shy Mira Holt.")
