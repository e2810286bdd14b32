"""Quote lines on invented text: a title in marks after "the song in question," (a work noun,
then "in question" and a comma) is the work's name, no one's quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(sentence: str, start: str) -> bool:
    found = facts(
        "This week's episode of the Lanes podcast is all about the Tidewater soundtrack.",
        sentence,
        date="2026-02-10",
        title="Podcast: the Tidewater soundtrack",
    )
    return any(q.served and q.text.startswith(start) for q in found.quotes)


def test_a_title_after_a_work_in_question_is_not_a_quote() -> None:
    for sentence in (
        "The song in question, “Harbour Lights (Pier Mix)”, gets its own segment.",
        "The album in question, “Salt Hours”, was recorded in a boathouse.",
    ):
        start = sentence.split("“")[1][:8]
        assert not _served(sentence, start), sentence


def test_words_after_the_question_itself_stay_a_quote() -> None:
    assert _served(
        "Asked about the song, composer Ida Marsh said, “It was recorded in one take at dawn.”",
        "It was recorded",
    )
