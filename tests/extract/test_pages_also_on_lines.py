"""A paragraph labelled as another show's news ("Also on Netflix: the second season of the teen
drama “T”, starring A as P, arrives on 9 June"): its casting and its date are that show's, on
invented text."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, pairs


def _found(line: str) -> ArticleFacts:
    return facts(
        "Harbour Lights premieres in Lisbon as fans prepare for Friday's release.",
        "The stars of “Harbour Lights” walked the carpet on Tuesday. Ada Pell plays Mira.",
        "The streamer releases the film worldwide on Friday 3 October. Lisbon fans queued all day.",
        line,
        date="2025-09-30",
        title="Harbour Lights premieres in Lisbon",
    )


def test_an_also_on_line_lends_its_casting_and_date_to_no_one() -> None:
    for line in (
        "Also on Netflix: the second season of the Lisbon teen drama “Maré Funda em Sesimbra”, "
        "starring Rita Soeiro as lifeguard Inês Brito, arrives on 9 June.",
        "Also new on Prime Video: the crime series “Noite de Cal na Serra”, with Rita Soeiro as "
        "Inês Brito, lands on 9 June.",
        "Elsewhere on Netflix: Rita Soeiro stars as Inês Brito in the thriller “Maré Funda”, "
        "which arrives on 9 June.",
    ):
        found = _found(line)
        assert ("Ada Pell", "Mira") in pairs(found)
        assert ("Rita Soeiro", "Inês Brito") not in pairs(found)
        assert all(f.date is None or f.date.day != 9 for f in found.release)


def test_an_also_on_line_about_our_own_film_stays() -> None:
    found = _found("Also on Netflix: Harbour Lights, starring Rita Soeiro as Inês Brito.")
    assert ("Rita Soeiro", "Inês Brito") in pairs(found)
