"""Quotes on invented text: a gallery caption made of words in marks, a colon and the still's
actor "as" a part is held (the writer's heading or the part's line); a headline-style quote
with its speaker "on" a topic keeps its words."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "In pictures: Lantern Row's first look"


def _served(paragraph: str, start: str) -> bool:
    found = facts("Image 4 of 9", paragraph, "Image 5 of 9", date="2026-05-11", title=_TITLE)
    return any(q.served and q.text.startswith(start) for q in found.quotes)


def test_words_over_a_stills_cast_are_held() -> None:
    for paragraph in (
        "“Still the worst landlord in town”: Ada Vale as Dessa Moor.",
        '"Nobody leaves the pier tonight": Kai Moss as Brother Orvo Lund',
    ):
        assert not _served(paragraph, paragraph[1:8]), paragraph


def test_a_headline_quote_with_its_speaker_on_a_topic_is_served() -> None:
    found = facts(
        "“I cried on the last day of the shoot”: Ada Vale on leaving Lantern Row.",
        "Ada Vale has played Dessa Moor for six years.",
        date="2026-05-11",
        title="Ada Vale on the end of Lantern Row",
    )
    assert any(q.served and q.text.startswith("I cried") for q in found.quotes)
