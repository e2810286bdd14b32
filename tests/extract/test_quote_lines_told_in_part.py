"""Words an actor's own sentence gives them in their part, telling someone the part owns ("Ada
Vale steals the trailer as Dessa's aunt, Pim, telling her niece: “...”"), are a line of the
work, held; an actor telling the press about the part keeps the words."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Skyreel has released the first trailer for Brine Circle, out on 9 April."


def _quotes(*paragraphs: str) -> list[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-02-02")
    return [(q.text, q.speaker, q.served) for q in found.quotes]


def test_a_line_the_actor_speaks_in_the_part_to_its_kin_is_held() -> None:
    for line in (
        "Marta Quennell steals the teaser as Ivo's aunt, Pim, telling her nephew: “Nobody leaves "
        "this island twice.” We had to pause it.",
        "Marta Quennell gets the best moment as Pim, who tells her daughter, “Nobody leaves this "
        "island twice.” Chills.",
    ):
        found = _quotes(_LEDE, "Marta Quennell plays Pim, the harbourmaster.", line)
        assert not any(text.startswith("Nobody leaves") and served for text, _, served in found), (
            found
        )


def test_an_actor_telling_the_press_about_the_part_keeps_the_words() -> None:
    found = _quotes(
        _LEDE,
        "Marta Quennell, who returns as Pim, told us: “I never thought I would come back to "
        "this island.”",
    )
    assert any(
        text.startswith("I never thought") and who == "Marta Quennell" and served
        for text, who, served in found
    ), found
