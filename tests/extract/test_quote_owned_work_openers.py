"""Quotes on invented text: a "she" after a sentence that opens on a named person's work ("X's
next job is ...", "Composer X's score ...") is that person when the article knows them, and no
one (not the profile's subject, not the last "she") when it first meets them there."""

from __future__ import annotations

from tests.extract.helpers import facts


def _said(start: str, *paragraphs: str, title: str | None = None) -> tuple[str, str] | None:
    for quote in facts(*paragraphs, title=title).quotes:
        if quote.text.startswith(start) and quote.served:
            return quote.speaker, quote.source.name
    return None


def test_a_known_persons_next_job_gives_the_she_after_it() -> None:
    said = _said(
        "Bring a coat",
        "Cinematographer Ilse Varga shot Copperline on 35mm in the Pennines.",
        "“The light up there changes every minute,” she says.",
        "Producer Joan Threlkeld said the stock was worth it. “Every frame,” she said.",
        "Varga's next job is a thriller in Orkney. She grins at the thought. “Bring a coat.”",
    )
    assert said == ("Ilse Varga", "PERSON")


def test_a_person_first_met_through_their_score_is_not_the_headlines_subject() -> None:
    said = _said(
        "We froze a cello",
        "The first trailer for Saltmoor is out, and Petra Lunde has never looked more lost.",
        "Lunde plays a ferry pilot who finds a village under the reservoir.",
        "Composer Agathe Rimmel’s score uses instruments recorded in ice. Yes, really. “We froze "
        "a cello in a lake,” she said on Instagram.",
        title="Saltmoor trailer: five things we learned from Petra Lunde’s ghost story",
    )
    assert said != ("Petra Lunde", "PERSON")


def test_the_same_she_after_the_persons_own_sentence_is_still_hers() -> None:
    said = _said(
        "We froze a cello",
        "The first trailer for Saltmoor is out, and Petra Lunde has never looked more lost.",
        "Lunde plays a ferry pilot who finds a village under the reservoir. “We froze a cello in "
        "a lake,” she said on Instagram.",
        title="Saltmoor trailer: five things we learned from Petra Lunde’s ghost story",
    )
    assert said == ("Petra Lunde", "PERSON")
