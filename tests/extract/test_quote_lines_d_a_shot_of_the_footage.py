"""Quote lines on invented text: in a trailer piece, words a cast member speaks in a shot the
writer describes (said "off screen", in "a single shot ... and says", while caught in an act
after the teaser is named, or after a voiceover) are the part's line, never a quote; the same
actor's remark to the press stays a quote."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_CAST = "Mara Quist plays Dessa Moor and Ivo Brandt plays Orvo Lind in Tidewater."


def _quote(
    paragraph: str, start: str, title: str = "Tidewater trailer: 6 things we spotted"
) -> QuoteFact | None:
    found = facts(_CAST, "The first full trailer for Tidewater landed on Tuesday.", paragraph,
                  date="2026-02-10", title=title)  # fmt: skip
    return next((q for q in found.quotes if q.text.startswith(start)), None)


def test_words_said_in_a_shot_of_the_trailer_are_held() -> None:
    for paragraph in (
        "Mara Quist appears in a harbour scene that will break you. “Stay with the boats, pet,”"
        " she tells someone off screen.",
        "Ivo Brandt gets a single shot – leaning on a gate at dusk – and says: “The gate stays"
        " shut tonight.”",
        "We open on a grey beach and a voiceover from Dessa, played by Mara Quist. “The sea keeps"
        " what it takes,” she says.",
    ):
        start = paragraph.split("“")[1][:10]
        quote = _quote(paragraph, start)
        assert quote is None or not quote.served, paragraph


def test_a_part_caught_in_an_act_after_the_teaser_is_held() -> None:
    paragraph = (
        "10:14 The Tidewater teaser has just played. Brandt, wading into a dark lough, says:"
        " ‘Nobody swims here after the bell.’ Gasps in the room."
    )
    quote = _quote(paragraph, "Nobody swims", title="Channel slate live: every drama announced")
    assert quote is None or not quote.served


def test_the_actor_speaking_at_the_launch_stays_a_quote() -> None:
    paragraph = (
        "The Tidewater teaser has just played. Brandt, speaking at the launch, says: ‘I have never"
        " been so cold in my whole career.’"
    )
    quote = _quote(paragraph, "I have never", title="Channel slate live: every drama announced")
    assert quote is not None and quote.served and quote.speaker == "Ivo Brandt"


def test_a_remark_about_the_shoot_stays_a_quote() -> None:
    quote = _quote(
        "Mara Quist told us about the shoot. “We filmed the harbour on the coldest day of the"
        " year,” she said.",
        "We filmed the harbour",
    )
    assert quote is not None and quote.served and quote.speaker == "Mara Quist"
