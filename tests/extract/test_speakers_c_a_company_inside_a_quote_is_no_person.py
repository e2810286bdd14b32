"""Quotes on invented text: a company named before "said to me" inside an interview answer
("Lumen said to me, ‘...’") is no person, even when the people list took its longer name for
one; the line stays the company's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(answer: str) -> set[tuple[str, str]]:
    found = facts(
        "Orla Tierney spent two summers on the Rosslare ferries before she wrote a word of Salt"
        " Crossing, her drama for Lumen Prime. The series arrives on Lumen Prime and Strand on"
        " Friday 4 September, all six episodes at once",
        "Ruth Ogunde plays the harbour pilot, Mags Rooney. Tierney created and wrote the series.",
        "Was the shoot as wet as it looks?",
        "Wetter. We filmed from March to June, mostly on a working tug.",
        "There’s talk of a second series.",
        answer,
        "What are you reading?",
        "Nothing with boats in it.",
        date="2026-08-20",
        title="‘The tide has no notes’: Orla Tierney on Salt Crossing",
    )
    return {(q.text[:12], q.speaker) for q in found.quotes if q.served}


def test_a_company_saying_the_inner_line_is_no_person() -> None:
    served = _served(
        "There’s talk. Nobody has agreed. Lumen said to me, ‘Let’s see how the autumn goes,’"
        " which is what they all say."
    )
    assert ("Let’s see ho", "Lumen Prime") not in served, served
    assert ("Let’s see ho", "Lumen") in served, served
