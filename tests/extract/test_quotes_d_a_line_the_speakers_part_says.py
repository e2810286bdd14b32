"""Words led in as a line the speaker's own part says: the work's line, not a remark."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Harrow Light, the new drama from director Ines Calloway, opens in cinemas this week."


def test_a_line_his_part_says_is_not_served() -> None:
    found = facts(
        _LEDE,
        "Asked for one thing to remember, Tobin Marsh repeats a line his character says to the"
        " lighthouse keeper: “Every lamp goes out in the end.” He shrugs.",
    )
    assert not any(q.served and q.text.startswith("Every lamp goes") for q in found.quotes)


def test_a_line_about_the_part_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Tobin Marsh says of his character: “He is lonelier than anyone I have played.”",
    )
    assert any(
        q.served and q.text.startswith("He is lonelier") and q.speaker == "Tobin Marsh"
        for q in found.quotes
    )
