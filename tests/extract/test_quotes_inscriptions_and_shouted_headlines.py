"""Quotes on invented text: words iced, printed or engraved on a thing in a post are the
thing's, not the poster's; a tabloid's headline in capitals ending in a shouted quotation is the
headline, never a quote credited to the nickname before its colon."""

from __future__ import annotations

from bot.extract.page import read_page
from tests.extract.helpers import facts


def test_words_marked_on_a_thing_in_a_photo_are_not_the_posters() -> None:
    for line in (
        "Petra Olwen put up a picture of a sheet cake, iced with “So long, Pelham Road”. "
        "Her caption read: “What a ride it has been, thank you all.”",
        "Petra Olwen posted a snap of the mug, printed with “Pelham Road forever”, and wrote: "
        "“What a ride it has been, thank you all.”",
        "Petra Olwen shared a picture of a jacket, stitched with the words “Crew of Pelham Road”. "
        "“What a ride it has been, thank you all,” she wrote.",
    ):
        found = facts(
            "Filming on Pelham Road wrapped on Friday with tearful posts.",
            line,
            date="2026-03-02",
            title="Pelham Road wraps",
        )
        served = [q.text[:10] for q in found.quotes if q.served]
        assert served == ["What a rid"], served


def test_a_headline_in_capitals_ending_in_a_shouted_quote_is_the_headline() -> None:
    for first in (
        "SOAP HUNK DEZ: ‘I’M STAYING PUT!’",
        "HARBOUR LIGHTS STAR MO: “NO WAY I’M QUITTING!”",
        "TOLD YOU SO! ‘WE NEVER SPLIT’",
    ):
        page = read_page([first, "The star has denied he is leaving the show."])
        assert page.headline == first, page
        assert page.body == ("The star has denied he is leaving the show.",), page


def test_a_body_line_ending_in_a_quote_is_still_body() -> None:
    line = "He told us: “I’m staying put!”"
    page = read_page([line, "The star has denied he is leaving the show."])
    assert page.headline is None, page


def test_a_label_someone_would_give_is_no_quote() -> None:
    for line in (
        "After years of roles the trade would politely call “dependable”, Noor Haddad leads.",
        "It is what most viewers might call “a slow burn”, and Noor Haddad leads it.",
        "Noor Haddad leads a drama critics could fairly describe as “uncompromising”.",
    ):
        found = facts("Noor Haddad is the star of Ashgrove Lane.", line, title="Ashgrove Lane")
        served = [q.text for q in found.quotes if q.served]
        assert not served, served


def test_a_person_who_would_call_it_so_still_speaks() -> None:
    found = facts(
        "Noor Haddad is the star of Ashgrove Lane.",
        "Noor Haddad said she would call the set “a second home”.",
        title="Ashgrove Lane",
    )
    served = [(q.text, q.speaker) for q in found.quotes if q.served]
    assert served == [("a second home", "Noor Haddad")], served
