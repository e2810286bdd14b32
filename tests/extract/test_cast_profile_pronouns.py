"""A profile's "the 22-year-old plays Y" set in the article's own work, two sentences after the
name, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_TITLE = "Copper Bay star Ines Rourke: ‘I Was Terrified’"


def test_an_aged_epithet_after_an_opening_on_our_work() -> None:
    for body in (
        "Ines Rourke is curled up on a sofa in New Orleans, sipping tea. It is jet lag, she "
        "says. In Netflix’s Copper Bay, the 24-year-old plays Delphine Marr, a ferry pilot.",
        "Ines Rourke is late, and apologises twice at a café in Leith. She blames the trams. "
        "On Copper Bay, the 24-year-old plays Delphine Marr.",
    ):
        found = facts("Netflix’s Copper Bay opens on Friday.", body, title=_TITLE)
        assert ("Ines Rourke", "Delphine Marr") in pairs(found), body


def test_an_opening_on_another_work_is_not_read() -> None:
    body = (
        "Ines Rourke is curled up on a sofa in New Orleans. It is jet lag, she says. In "
        "Harbour Lights, the 24-year-old plays Delphine Marr, a ferry pilot."
    )
    found = facts("Netflix’s Copper Bay opens on Friday.", body, title=_TITLE)
    assert ("Ines Rourke", "Delphine Marr") not in pairs(found)


def test_two_people_before_the_pronoun_leave_it_unread() -> None:
    body = (
        "Ines Rourke and Colm Hady are curled up on a sofa. It is jet lag, she says. In "
        "Copper Bay, the 24-year-old plays Delphine Marr."
    )
    found = facts("Netflix’s Copper Bay opens on Friday.", body, title=_TITLE)
    assert not pairs(found)
