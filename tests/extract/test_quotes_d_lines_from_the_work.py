"""Words the page calls a line from the work, before or just after them, are no one's quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(*paragraphs).quotes if q.served}


def test_a_caption_of_a_line_from_the_film_is_held() -> None:
    found = _served(
        "Brine Songs, a folk drama, opens in May.",
        "The studio shared a poster of the harbour, captioned with a line from the film, "
        "“Keep the lamp lit for me, gull girl.”",
    )
    assert "Keep the lamp lit for me, gull girl." not in found


def test_words_the_next_sentence_calls_a_line_from_a_title_are_held() -> None:
    found = _served(
        "Brine Songs, a folk drama, opens in May.",
        "In a church hall in Hull, Mara Quill is yelling at a kettle. “Tide waits for no one!” "
        "she roars, then laughs. It is a line from Brine Songs, and she has said it for weeks.",
    )
    assert "Tide waits for no one!" not in found


def test_a_line_from_the_director_is_still_served() -> None:
    found = _served(
        "Brine Songs, a folk drama, opens in May.",
        "The best line came from the director, Mara Quill, who said: “We shot it all in the rain.”",
    )
    assert "We shot it all in the rain." in found


def test_a_remark_with_an_ordinary_sentence_after_is_still_served() -> None:
    found = _served(
        "Brine Songs, a folk drama, opens in May.",
        "“We shot it all in the rain,” Mara Quill says, laughing. It is a long way from her "
        "last film.",
    )
    assert "We shot it all in the rain" in found
