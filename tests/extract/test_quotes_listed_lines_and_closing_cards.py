"""Quotes on invented text: a part's lines listed one to a bullet ("- Marlo: “...”", "• Orvo, to
Marlo: “...”"), a part that acts and then speaks with a manner between ("and says, quietly,
“...”"; a part is called by its first name past a title: "Dr Marlo Quint" is "Marlo"), and the
words a clip ends on ("a teaser that ends on a shot of the pier with the words “...”") are no
one's quote; a person's words beside them still are."""

from __future__ import annotations

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


def test_a_part_that_acts_then_speaks_with_a_manner_is_no_quote() -> None:
    served = _served(
        "Pellworth Films released the first trailer for Quillon Reach on Monday.",
        "Dana Reyes stars as Dr Marlo Quint, a ferrywoman.",
        "In the teaser, Marlo walks out onto the pier and says, quietly, “The tide was never "
        "the problem.” Reyes laughs about it. “I get it quoted at me daily,” she says.",
    )
    assert served == ["I get it quoted at"]


def test_the_words_a_clip_ends_on_are_no_quote() -> None:
    served = _served(
        "Harbour Lights gets its title at last",
        "The streamer revealed the title in a short clip on its Instagram, which ends on a "
        "shot of the pier (the one from the first series) with the words “Harbour Lights — "
        "coming 2027”.",
        "Another teaser closes with a lone gull over the water and the words “See you soon”.",
        "“It was always the name,” creator Ines Vall said.",
    )
    assert served == ["It was always the "]
