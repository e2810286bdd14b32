"""A listing page whose headline lists its works after a colon ("What to watch this weekend:
Velmo, Tin Lid and the best new TV") leads with the first it names: under a heading in capitals
that is that name ("VELMO"), the castings are the page's own work's; the other items' stay
held."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_LEDE = "Our pick of the new shows arriving this weekend."


def _guide(headline: str, first: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(
        _LEDE,
        first,
        "Netflix, from Friday 6 November",
        "The finale follows Lena (Jo Marten) to the coast, and Bryn Hollis returns as Tam Rook.",
        "TIN LID",
        "ITV1, Sunday 8 November, 9pm",
        "The crime drama finally arrives. Marta Quell plays DI Ina Rhys.",
        "THE COPPER VAULT",
        "BBC Two, Saturday 7 November, 8pm",
        "A heist comedy with Osric Vane as a retired clerk, Ned Pike.",
        date="2026-11-05",
        title=headline,
    )
    return served_pairs(found), held_pairs(found)


def test_the_headlines_first_work_heads_the_pages_own_item() -> None:
    served, held = _guide(
        "What to watch this weekend: Velmo, Tin Lid and the best new TV and films", "VELMO"
    )
    assert ("Bryn Hollis", "Tam Rook") in served
    assert ("Marta Quell", "DI Ina Rhys") in held


def test_a_two_part_title_first_in_the_headline_heads_the_pages_own_item() -> None:
    served, held = _guide(
        "What’s on this weekend: Velmo: Slate Crown, Tin Lid and more", "VELMO: SLATE CROWN"
    )
    assert ("Bryn Hollis", "Tam Rook") in served
    assert ("Marta Quell", "DI Ina Rhys") in held
