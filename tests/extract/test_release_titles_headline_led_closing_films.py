"""A closing film named after its series ("Brindlecombe Always"), that the headline opens with
and the lede names, is the article's title; so is one told as a work only by a production's
verb ("X wrapped", "X recasts") or a platform's possessive ("Netflix’s X"). A person the headline
opens with is never read as a title. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _titles(*paragraphs: str, title: str) -> set[str]:
    found = facts(*paragraphs, date="2026-03-02", title=title)
    return {str(r.title) for r in found.release if r.served and r.kind.value == "title"}


def test_a_closing_film_the_headline_opens_with_is_the_title() -> None:
    assert _titles(
        "Brindlecombe Always wrapped filming this week in Leeds, the cast said.",
        "Brindlecombe Always recasts the part of the landlady days before the last scenes.",
        "Netflix’s Brindlecombe Always has a lot to live up to.",
        title="Brindlecombe Always wraps with a cake and a song",
    ) == {"Brindlecombe Always"}


def test_a_person_the_headline_opens_with_is_no_title() -> None:
    assert not _titles(
        "Odile Varnstrom said on Monday that she had wrapped her last scene.",
        "Odile Varnstrom said the crew had given her flowers.",
        title="Odile Varnstrom wraps her last scene",
    )


def test_a_headline_name_whose_people_join_another_work_is_not_the_title() -> None:
    assert "Brindlecombe Always" not in _titles(
        "EXCLUSIVE: Two of the breakout newcomers from Netflix’s Brindlecombe Always are heading"
        " to the Cornish coast for a Lumen thriller.",
        "Tideglass is created and written by Ailsa Drummet and will be directed by Pim Haske."
        " Casting is by Sadbh Lorne, who also cast Brindlecombe Always and brought both actors"
        " to the producers’ attention.",
        "“Tove and Ines have a prickly chemistry that we saw on Brindlecombe and knew we wanted"
        " for the sisters,” Drummet said.",
        title="EXCLUSIVE: ‘Brindlecombe Always’ Duo Tove Marrak & Ines Quillet Board Lumen"
        " Thriller ‘Tideglass’",
    )
