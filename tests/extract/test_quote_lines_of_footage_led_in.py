"""Quote lines on invented text: words led in as a line, a caption or a voice of footage, a
part's famous line, the footage promising them, or a character saying them are the work's, held;
a person speaking about the trailer keeps the quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(*paragraphs).quotes}


def test_a_line_caption_or_voice_of_the_trailer_is_held() -> None:
    for line, words in (
        ("The trailer's big line, said by Kestrin (Orla Vantry) at a bus stop, is “I never "
         "left. You know that.”", "I never left. You know that."),
        ("The teaser ends with the on-screen caption “Some doors stay open.”",
         "Some doors stay open."),
        ("Trailer time. A voice over the fog: “The marsh keeps its own.” Nobody breathes.",
         "The marsh keeps its own."),
        ("First footage! Line of the day, from Kestrin: “Don’t be strange about it.”",
         "Don’t be strange about it."),
    ):  # fmt: skip
        found = _served("Quillmere arrives on Lumen in May.", line)
        assert found.get(words) is not True, line


def test_a_parts_famous_line_or_the_footage_promising_words_is_held() -> None:
    for line, words in (
        ("Vantry got a cheer when a fan asked about Kestrin's famous line, “I was a lamp "
         "before I was a house.”", "I was a lamp before I was a house."),
        ("Orla Vantry stars. The bleak first look promises “a very long winter indeed.”",
         "a very long winter indeed."),
        ("Vantry plays a ferryman who “knows every grave on the marsh”, as one character "
         "puts it.", "knows every grave on the marsh"),
    ):  # fmt: skip
        found = _served("Quillmere arrives on Lumen in May.", line)
        assert found.get(words) is not True, line


def test_a_person_speaking_about_the_trailer_keeps_the_quote() -> None:
    found = _served(
        "Quillmere arrives on Lumen in May.",
        "Orla Vantry said the trailer was “only the start” of the story.",
    )
    assert found.get("only the start") is True
