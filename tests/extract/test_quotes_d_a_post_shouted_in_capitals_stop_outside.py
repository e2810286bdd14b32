"""A post's words in capitals after its verb and a colon, the full stop just outside the marks
("wrote: “...”."), are a poster shouting, a quote; capitals named as a title stay a title."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Gannet Row, the BBC drama starring Kestle Trewin, returns in May."


def test_capitals_posted_after_a_colon_with_the_stop_outside_are_served() -> None:
    found = facts(
        _LEDE,
        "Fans were not patient. On X, @gannet_gang posted: “GIVE US A TRAILER”. Fair enough.",
    )
    assert any(q.served and q.text.startswith("GIVE US A TRAILER") for q in found.quotes)


def test_capitals_named_as_a_title_are_no_quote() -> None:
    found = facts(
        _LEDE,
        "Its working title was “GULL HOUSE”. Nobody liked it much.",
    )
    assert not any(q.text.startswith("GULL HOUSE") for q in found.quotes)
