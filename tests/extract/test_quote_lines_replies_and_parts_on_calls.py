"""A part with its actor in brackets telling someone something "over a video call" or "on the
phone" speaks a line of the work, and the reply told next ("Wilf’s reply: “...”") is the next
line of the same scene; both are held. A reply after a press quote stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Harrowgate Lane arrives on Brightwell in June."
_TITLE = "Everything we spotted in the Harrowgate Lane trailer"


def test_a_bracketed_part_over_a_call_and_the_reply_are_held() -> None:
    found = facts(
        _LEDE,
        "Wilf is seen moving into a flat in Leeds, and Rosalind (Petra Okonedo-Vaile) tells him "
        'over video call, "You will forget my name by Christmas." Wilf’s reply: "Not a chance."',
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_bracketed_part_on_the_phone_is_held() -> None:
    found = facts(
        _LEDE,
        "Mabel is back at the lighthouse, and Dorian (Hamish Tully-Bakr) asks her on the phone, "
        '"Did you leave the light on?" Her answer: "Always."',
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_reply_to_a_press_quote_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        'We asked director Saoirse Penhallow-Reyes whether a sequel is planned, "I would love '
        'one," she said.',
        title=_TITLE,
    )
    assert served_quotes(found) == [("I would love", "Saoirse Penhallow-Reyes")]
