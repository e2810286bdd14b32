"""Quotes on invented text: a capitalised name that "is now streaming on" a service is a work's
title, never the person a quotation or a pronoun stands for."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_title_streaming_on_a_service_speaks_no_line() -> None:
    found = facts(
        "And we are off. Lantern Bay Forever is now streaming on Netflix around the world. "
        "Skylark UK & Ireland marked the moment with a single post: “They made it.” Good morning.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("They made it"))
    assert quote.speaker != "Lantern Bay Forever"


def test_a_person_on_a_service_still_speaks() -> None:
    found = facts(
        "Mirela Dost directs Saltwick, which stars Ewan Brannock.",
        "“We shot it in the rain,” Mirela Dost said. Saltwick is on Netflix from Friday.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("We shot"))
    assert quote.speaker == "Mirela Dost"
