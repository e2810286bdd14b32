"""Words the article names as a line of the work, or as words a frame shows, are no one's
quote."""

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text for q in facts(*paragraphs).quotes if q.served]


def test_a_delivered_line_is_held() -> None:
    served = _served(
        "The first teaser for Saltmarsh Lane landed this morning.",
        "Rhiannon Devereux plays a customs officer. Her dry delivery of “I have seen better "
        "forgeries on a cereal box” is already everywhere.",
        "Tomasz Wilk gets the best moment: his reading of ‘Nobody leaves this island tonight’ "
        "is pure menace.",
    )
    assert not any(t.startswith(("I have seen", "Nobody leaves")) for t in served)


def test_a_line_named_as_a_line_is_held() -> None:
    served = _served(
        "EDIT: People keep asking whether the teaser's “one more winter” line was cut. It was not.",
        "Others swear the “we go at dawn” line is new footage.",
    )
    assert not any(t.startswith(("one more winter", "we go at dawn")) for t in served)


def test_words_a_frame_shows_are_held() -> None:
    served = _served(
        "Viewers spotted a freeze-frame with the words “The Tide Will Turn” and got excited. "
        "It is a slogan painted on a boat in the film.",
        "Others found a banner with the words ‘Harbour Days Are Back’ in the final shot.",
    )
    assert not any(t.startswith(("The Tide", "Harbour Days")) for t in served)


def test_a_quote_about_a_reading_still_stands() -> None:
    served = _served(
        "Rhiannon Devereux loved the script. “I read it in one sitting,” she said of the "
        "first draft.",
    )
    assert any(t.startswith("I read it") for t in served)
