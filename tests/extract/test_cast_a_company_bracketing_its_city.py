"""A production company with its city in brackets, on invented text: "<Company> (<City>)" has
the shape of "<Actor> (<Part>)", but no person's name closes on a company's word; an actor's
bracketed part in the same article is still read."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Orla Penhallow will lead Brackwater, a coastal thriller that shoots in Cornwall next year."


def test_a_company_with_its_city_is_no_casting() -> None:
    found = facts(
        _LEDE,
        "Penhallow plays Jenna Trewin, a harbour pilot. Kestrel Lane Pictures (Bristol) and"
        " Ardwick Films (Manchester) are producing, with Sol Rainey as producer.",
    )
    assert not any(actor.endswith(("Pictures", "Films")) for actor, _ in pairs(found)), pairs(found)
    assert ("Orla Penhallow", "Jenna Trewin") in served_pairs(found)


def test_an_actors_bracketed_part_still_counts() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Also cast: Demelza Rowe (Tamsin Carne) and Jago Hendry (Piran Dunstan).",
        )
    )
    assert ("Demelza Rowe", "Tamsin Carne") in found, found
