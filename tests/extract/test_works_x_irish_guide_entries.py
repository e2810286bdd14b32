"""A guide whose own entry is labelled in mixed case ("Our top pick: X") and shown on an Irish
channel ("RTÉ One, Sunday 9pm") still has that entry for its own: every other entry is another
work's, so the dates and makers told there are not ours."""

from __future__ import annotations

from bot.extract.page_entries import own_entry, where_line
from tests.extract.helpers import facts, served_credits, served_days

_TITLE = "Your weekend viewing: Harrow Fen heads a strong home-grown list"
_LEDE = "From a bog-country thriller to a quiz show, here is what is on this weekend."


def _guide(own_where: str) -> list[str]:
    return [
        _LEDE,
        "Our top pick: Harrow Fen",
        own_where,
        "Set on a Midlands bog in 1979, Harrow Fen was written by Tom Ashe.",
        "Also on",
        "Pewter Lane",
        "Sky Comedy, from Saturday",
        "The office sitcom is back for a third run. It was created by Lena Brook.",
        "Copper Bay",
        "In cinemas from Friday",
        "A harbour thriller that finally reaches us after a long festival run.",
    ]


def test_an_irish_channel_makes_a_where_line() -> None:
    assert where_line("RTÉ One, Sunday 9.30pm; all four episodes on the RTÉ Player")
    assert where_line("TG4, Saturday 9pm")
    assert not where_line("RTÉ said the drama would return, but gave no date.")


def test_a_mixed_case_label_is_no_part_of_the_title() -> None:
    titles = {2: "Our top pick: Harrow Fen", 6: "Pewter Lane"}
    assert own_entry(titles, _TITLE, lambda _: False) == 2


def test_a_subtitled_title_keeps_its_main_part() -> None:
    titles = {2: "Harrow Fen: The Return", 6: "Pewter Lane"}
    assert own_entry(titles, "What to watch: Harrow Fen: The Return and more", lambda _: False) == 2


def test_other_entries_of_an_irish_guide_are_not_ours() -> None:
    paras = _guide("RTÉ One, Sunday 9.30pm; all four episodes on the RTÉ Player")
    found = facts(*paras, date="2026-10-02", title=_TITLE)
    credits = served_credits(found)
    assert ("writer", "Tom Ashe") in credits
    assert ("creator", "Lena Brook") not in credits
    days = served_days(*paras, title=_TITLE, date="2026-10-02")
    assert ("premiere_date", "2026-10-02") not in days
