"""A chart's or round-up's numbered line may gloss another work after a dash ("5. Tin Chapel –
the period romcom directed by A"): what it credits or casts is that work's. A line whose gloss is
no description ("4. Tin Chapel – series two") tells nothing, and our own line keeps its facts."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_HEADLINE = "Streaming chart: Copper Sound climbs to the top on Vela"
_LEDE = "A Fenland thriller is the most-watched series in the country this week."
_OURS = "Copper Sound, directed by Ilse Varga, dropped all six episodes on Friday."


def _chart(*lines: str) -> set[tuple[str, str]]:
    return served_credits(facts(_LEDE, _OURS, "Elsewhere in the top ten:", *lines, title=_HEADLINE))


def test_a_lines_gloss_credits_the_placed_work() -> None:
    found = _chart(
        "2. Gullstone (Vela) – the Welsh legal drama starring Bram Oduya held steady.",
        "3. Bake Street – series two.",
        "4. Tin Chapel – the period romcom directed by Odile Farrant.",
    )
    assert ("director", "Odile Farrant") not in found
    assert ("director", "Ilse Varga") in found


def test_a_line_glossed_with_a_hyphen_credits_the_placed_work() -> None:
    found = _chart(
        "2. Gullstone - a legal drama.",
        "3. Tin Chapel - a period romcom written by Odile Farrant.",
    )
    assert ("writer", "Odile Farrant") not in found


def test_a_line_naming_our_work_keeps_its_credit() -> None:
    found = _chart(
        "1. Copper Sound – the Fenland thriller written by Hester Vane.",
        "2. Gullstone – a legal drama.",
    )
    assert ("writer", "Hester Vane") in found
