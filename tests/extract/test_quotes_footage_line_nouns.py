"""Marks that hold no one's remark: a line of the work named by its noun ("One exchange, “...”",
"gets the trailer's best joke: “...”", "her line to Pell, “...”") once footage is named. A line noun
with no footage named keeps the quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Larkspur Yard trailer: five things we spotted"
_LEDE = "The first full trailer for The Larkspur Yard arrived on Tuesday, and it is a treat."


def _served(*paragraphs: str, title: str = _TITLE, lede: str = _LEDE) -> list[str]:
    return [text for text, _ in served_quotes(facts(lede, *paragraphs, title=title))]


def test_an_exchange_named_before_the_marks_is_held() -> None:
    assert (
        _served(
            "Bram Oduya plays the ferryman, Pell Carraway. One exchange, “You can’t wait here, "
            "Mr Carraway,” / “Then make me leave,” has been shared all week."
        )
        == []
    )


def test_the_trailers_best_joke_is_held() -> None:
    assert (
        _served(
            "Esmé Tarrant plays a new lodger, Quillon, who gets the trailer's best joke: "
            '"Is that a painted portrait of your cat? Already?"'
        )
        == []
    )


def test_a_parts_line_to_another_part_is_held() -> None:
    assert (
        _served(
            "Tamsy Orrick, as Quillon's mother, appears for three seconds, but her line to "
            'Quillon, "You don\'t have to carry it all alone, pet," is already a meme.'
        )
        == []
    )


def test_a_line_noun_with_no_footage_named_keeps_the_quote() -> None:
    assert (
        _served(
            "Esmé Tarrant laughed about the shoot. Her best joke: “We ran out of tea on day two.”",
            title="Esmé Tarrant on The Larkspur Yard",
            lede="Esmé Tarrant has spent a year making The Larkspur Yard.",
        )
        != []
    )
