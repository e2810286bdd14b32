"""A successor with an aside before "has replaced X as Y" ("Ada Vale, a drama school graduate,
has replaced Tom Reed as Mira Holt"): the successor plays the part, the one replaced had it."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs

TITLE = "Saltreach recasts a lead a week into filming"
LEDE = "Filming on Saltreach began in Whitby last week."


def test_a_successor_with_an_aside_takes_the_part() -> None:
    found = facts(
        LEDE,
        "Cleo Marrable, a 19-year-old graduate of a Leeds drama school, has replaced Pella "
        "Quorn as Maud Ferrish, the lighthouse keeper's niece.",
        title=TITLE,
    )
    assert ("Cleo Marrable", "Maud Ferrish") in served_pairs(found)
    assert ("Pella Quorn", "Maud Ferrish") in former_pairs(found)
    assert ("Cleo Marrable", "Maud Ferrish") not in former_pairs(found)


def test_a_successor_with_an_age_aside_takes_the_part() -> None:
    found = facts(
        LEDE, "Idris Venmore, 24, has replaced Jago Pellinor as Lorcan Beddow.", title=TITLE
    )
    assert ("Idris Venmore", "Lorcan Beddow") in served_pairs(found)
    assert ("Jago Pellinor", "Lorcan Beddow") in former_pairs(found)
