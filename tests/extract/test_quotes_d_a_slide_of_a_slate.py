"""A slide of a post showing a slate and the words it reads: the slate's lettering, not the
poster's quote; a slate posted with no photo noun before it keeps its old reading."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Filming on Gannet Row, the BBC drama starring Kestle Trewin, began this week."


def test_a_slide_of_a_slate_reading_words_is_not_served() -> None:
    found = facts(
        _LEDE,
        "Kestle Trewin posted a selfie from her trailer and added a third slide of a slate"
        " reading “GR – Scene 4”.",
    )
    assert not any(q.served and q.text.startswith("GR – Scene") for q in found.quotes)


def test_a_caption_beside_the_slide_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Kestle Trewin added a slide of a slate reading “Take one” with the caption “Here we"
        " go again.”",
    )
    assert any(q.text.startswith("Here we go again") for q in found.quotes)
