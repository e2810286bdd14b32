"""Quotes on invented text: words a short verbless sentence just before names a line ("That
closing line. “...”"), and words a comment says come from the book ("“...” is lifted from
book four"), are the work's lines, held; a person's words after a full sentence about a line
stay served, and so do words after a queue ("The line outside the premiere.") or after a
comment that they came from someone on the making ("was from the script supervisor"). Names
people use for a thing ("viewers had referred to it just as “...”") are names, not anyone's
words, even where a later clause has someone say something."""

from __future__ import annotations

from tests.extract.helpers import quote_speakers

_LEDE = "The first teaser for Copper Bay landed on Tuesday, and the thread is busy."


def test_a_line_named_by_a_fragment_before_the_words_is_held() -> None:
    for lead, words in (
        ("That closing line. “", "Nobody rows home alone."),
        ('The line near the close of the pilot. "', "We never did learn to sail, Ivo."),
        ("This line at the very start! “", "Keep the lamps lit for me."),
        ("The line in the kitchen scene. ‘", "You always burn the toast."),
        ("That line over the credits. “", "Row on, row home."),
    ):
        close = {"“": "”", "‘": "’"}.get(lead[-1], lead[-1])
        found = quote_speakers(_LEDE, f"{lead}{words}{close} I'm a mess.")
        assert not found[words][1], lead


def test_words_said_to_come_from_the_book_are_held() -> None:
    for words, tail in (
        ("Nobody rows home alone", "is lifted from book four, sobbing."),
        ("Wherever you sail", "was directly quoted from Vol 2 so yes, we knew."),
        ("Keep the lamps lit", "is straight from the book, word for word."),
        ("You always burn the toast", "was taken from chapter nine of the novel."),
        ("I'll wait by the pier", "is a line from the comic, for anyone wondering."),
        ("Row on, row home", "is word for word from the script"),
    ):
        found = quote_speakers(_LEDE, f"> “{words}” {tail}")
        assert not found[words][1], tail


def test_words_from_someone_on_the_making_are_no_line_of_the_book() -> None:
    for tail in (
        "was from the script supervisor, Wrenna Holt.",
        "is from the Comic-Con panel, where Wrenna Holt took questions.",
        "was from the book editor Wrenna Holt, who was there on the day.",
    ):
        found = quote_speakers(_LEDE, f"“I loved every minute of it,” {tail}")
        assert found["I loved every minute of it"][1], tail


def test_words_after_a_queue_are_no_line_of_the_work() -> None:
    for lead in ("The line at the box office. “", "That line at the cinema doors! “"):
        found = quote_speakers(_LEDE, f"Wrenna Holt plays Mara. {lead}Rain, of course!” I shouted.")
        assert found["Rain, of course!"][1], lead


def test_someone_speaking_about_a_line_stays_served() -> None:
    found = quote_speakers(
        _LEDE,
        "Rosa Vint plays Mara. The line at the very close was improvised, Vint said: "
        "“I just blurted it out on the day.”",
    )
    assert found["I just blurted it out on the day."] == ("Rosa Vint", True)


def test_a_name_people_refer_to_a_thing_by_is_held() -> None:
    for sentence, words in (
        (
            "Long before the platform announced its name, viewers had referred to it just as "
            "“the Copper Bay picture”, a producer said.",
            "the Copper Bay picture",
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
        found = quote_speakers(_LEDE, sentence)
        assert not found[words][1], sentence
