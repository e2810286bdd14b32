"""Quotes on invented text: a part's lines listed one to a bullet ("- Marlo: “...”", "• Orvo, to
Marlo: “...”"), a part that acts and then speaks with a manner between ("and says, quietly,
“...”"; a part is called by its first name past a title, dotted or not: "Dr. Marlo Quint" is
"Marlo"), and the words a clip ends on ("a teaser that ends on a shot of the pier with the words
“...”", "closes on a title card reading “...”") are no one's quote; a person's words beside them
still are."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_a_parts_lines_listed_one_to_a_bullet_are_no_quote() -> None:
    served = _served(
        "Pellworth Films released the first trailer for Quillon Reach on Monday.",
        "Dana Reyes stars as Marlo Quint, a ferrywoman.",
        "Tom Ash stars as Orvo Dale, her brother.",
        "Bea Lund stars as Tamsa Reed.",
        "Best lines so far:",
        "- Marlo: “I never wanted a quiet life, only a kind one.”",
        "- Orvo, to Marlo: “Ring me when you land.”",
        '• Tamsa: "Not this time, not ever."',
        "Tamsa to Orvo at the ferry gate: “You could always stay.”",
        "“We shot the pier scene at dawn,” director Ines Vall said.",
    )
    assert served == ["We shot the pier s"]


@pytest.mark.parametrize("titled", ["Dr Marlo Quint", "Dr. Marlo Quint", "Sgt. Marlo Quint"])
def test_a_part_that_acts_then_speaks_with_a_manner_is_no_quote(titled: str) -> None:
    served = _served(
        "Pellworth Films released the first trailer for Quillon Reach on Monday.",
        f"Dana Reyes stars as {titled}, a ferrywoman.",
        "In the teaser, Marlo walks out onto the pier and says, quietly, “The tide was never "
        "the problem.” Reyes laughs about it. “I get it quoted at me daily,” she says.",
    )
    assert served == ["I get it quoted at"]


@pytest.mark.parametrize(
    "card",
    [
        "The promo, posted to the streamer's feed, finishes on a long shot of a lighthouse and "
        "the words “Osterly Bight — back in 2028”.",
        "The clip ends on a shot of the lock gates with the message “Osterly Bight — back in "
        "2028”.",
        "Its teaser closes on a title card reading “Osterly Bight — back in 2028”.",
        "The trailer ended on the empty quay and the tagline “Osterly Bight — back in 2028”.",
        "A thirty-second reel opens with the tide going out, with the text “Osterly Bight — "
        "back in 2028”.",
    ],
)
def test_the_words_a_clip_ends_on_are_no_quote(card: str) -> None:
    served = _served(
        "Osterly Bight gets its name at last",
        card,
        "“It was always the name,” creator Ines Vall said.",
    )
    assert served == ["It was always the "]


@pytest.mark.parametrize("outlet", ["Quillet Weekly", "The Dunmarrow Courier", "Radio Osterholt"])
def test_a_part_named_for_a_real_person_told_to_the_press_is_a_quote(outlet: str) -> None:
    served = _served(
        "Dana Reyes stars as Corra Vandt, the swimmer who crossed the channel at sixty.",
        "The real Corra Vandt, now 91, gave the film her blessing.",
        f"Corra to {outlet}: “She swims better than I ever did.”",
    )
    assert served == ["She swims better t"]
