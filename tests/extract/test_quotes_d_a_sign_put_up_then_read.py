"""A sign, where it was put up, then what it reads ("Notices pinned to the gates read “...”") is
lettering, not a remark, even when the sign opens the sentence; a person by the sign who says
words keeps them."""

from __future__ import annotations

from tests.extract.helpers import served_quote_list


def test_signs_taped_up_then_read_are_no_quote() -> None:
    served = served_quote_list(
        "Filming on Gullhaven moved to the harbour this week.",
        "Signs fixed to the harbour railings read “Quiet please – cameras rolling”, but the "
        "gulls took no notice.",
    )
    assert all(not text.startswith("Quiet please") for text, _ in served)


def test_a_banner_hung_across_the_road_reads_no_quote() -> None:
    served = served_quote_list(
        "Filming on Gullhaven moved to the harbour this week.",
        "A banner hung across the high street reads “Welcome home, crew”.",
    )
    assert all(not text.startswith("Welcome home") for text, _ in served)


def test_a_person_standing_by_a_sign_keeps_their_words() -> None:
    served = served_quote_list(
        "Filming on Gullhaven moved to the harbour this week.",
        "Director Mina Okafor, standing by the signs, said: “We owe the town a party.”",
    )
    assert ("We owe the town a party.", "Mina Okafor") in served
