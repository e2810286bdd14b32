"""Quotes on invented text: words a short verbless sentence just before names a line ("That
last line. “...”"), and words a comment says come from the book ("“...” is straight from
the third volume"), are the work's lines, held; a person's words after a full sentence about
a line stay served. Names people use for a thing ("fans referring to it simply as “...”") are
names, not anyone's words, even where a later clause has someone say something."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The first teaser for Copper Bay landed on Tuesday, and the thread is busy."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, bool]]:
    return {q.text: (q.speaker, q.served) for q in facts(*paragraphs).quotes}


def test_a_line_named_by_a_fragment_before_the_words_is_held() -> None:
    for lead, words in (
        ("The line at the very end. “", "Nobody rows home alone."),
        ('That last line. "', "We never did learn to sail, Ivo."),
        ("This line near the end! “", "Keep the lamps lit for me."),
        ("The line in the kitchen scene. ‘", "You always burn the toast."),
    ):
        close = {"“": "”", "‘": "’"}.get(lead[-1], lead[-1])
        found = _quotes(_LEDE, f"{lead}{words}{close} I'm a mess.")
        assert not found[words][1], lead


def test_words_said_to_come_from_the_book_are_held() -> None:
    for words, tail in (
        ("Nobody rows home alone", "is literally from the third volume and I'm not ok."),
        ("Wherever you sail", "is literally from Volume 2 and I cannot cope."),
        ("Keep the lamps lit", "is straight from the book, word for word."),
        ("You always burn the toast", "was taken from chapter nine of the novel."),
        ("I'll wait by the pier", "is a line from the comic, for anyone wondering."),
    ):
        found = _quotes(_LEDE, f"> “{words}” {tail}")
        assert not found[words][1], tail


def test_someone_speaking_about_a_line_stays_served() -> None:
    found = _quotes(
        _LEDE,
        "Rosa Vint plays Mara. The line at the end was improvised, Vint said: “I just blurted "
        "it out on the day.”",
    )
    assert found["I just blurted it out on the day."] == ("Rosa Vint", True)


def test_a_name_people_refer_to_a_thing_by_is_held() -> None:
    for sentence, words in (
        (
            "After months of fans referring to it simply as “the Copper Bay film”, Netflix "
            "revealed the official title on Monday.",
            "the Copper Bay film",
        ),
        (
            "The crew still refer to the sequel as ‘the boat one’, the studio confirmed.",
            "the boat one",
        ),
        (
            'Readers had long referred to the final chapter as "the goodbye bit" before '
            "Ada Vale announced the adaptation.",
            "the goodbye bit",
        ),
    ):
        found = _quotes(_LEDE, sentence)
        assert not found[words][1], sentence
