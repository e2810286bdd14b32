"""Quote lines on invented text: words a clip shows (laid "over the words", or the last of what
it is "showing"), a piece of music's nickname ("a motif ..., which he calls “...”"), and lines a
part speaks told by its actor ("Ada Vale’s Dessa delivers a deadpan “...”", "gets one line
as ...: “...”", a review's "he tells Dessa, “...”") are no one's quote. A caption someone
writes, a remark "which she calls “...”" on no piece of music, and an actor's own words stay
quotes."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

LEDE = "Harkaway returns for a final film next spring."


def _served(*paragraphs: str, title: str = "Harkaway: everything we know") -> list[str]:
    found = facts(LEDE, *paragraphs, date="2026-03-02", title=title)
    return [text for text, _ in served_quotes(found)]


def test_words_a_clip_shows_are_no_ones_quote() -> None:
    for line in (
        "The studio’s account posted a short video of rain on a window over the words"
        " “Harkaway. Nearly home.”",
        "The streamer revealed the date with a clip posted on Tuesday, showing a packed"
        " suitcase, a ferry ticket stamped “03.05.27” and the words “one more crossing”.",
    ):
        assert not _served(line), line


def test_a_caption_someone_writes_stays_their_quote() -> None:
    quotes = _served(
        "Tamsin Velloway posted a photo of the harbour with the caption: “That’s a wrap on"
        " Harkaway. Thank you all.”"
    )
    assert "That’s a wra" in quotes, quotes


def test_a_nickname_for_a_piece_of_music_is_no_ones_quote() -> None:
    assert not _served(
        "Oriel Stanbury wrote a cello motif for Quillon and Marigold, played by Tamsin Velloway"
        " and Hollis Grebe, which he calls “the kettle theme” because he wrote it waiting for one."
    )


def test_a_remark_on_something_else_stays_a_quote() -> None:
    quotes = _served(
        "Oriel Stanbury spent the winter in Orkney, which he calls “the best seven weeks of my"
        " life”."
    )
    assert "the best sev" in quotes, quotes


def test_a_line_told_by_its_actor_is_the_works() -> None:
    for line in (
        "Saskia Brandt-Ormer’s Marigold Tuck delivers a deadpan “Please stop humming at the"
        " table,” which is all of us.",
        "Tamsin Velloway gets one line as Quillon’s aunt: “You two will be fine. Now sit down.”",
    ):
        assert not _served(
            "The trailer for Harkaway landed on Tuesday.", line, title="Harkaway trailer: 5 things"
        ), line


def test_a_review_telling_a_part_is_the_works_line() -> None:
    quotes = _served(
        "Saskia Brandt-Ormer’s Marigold Tuck is older now, and warier.",
        "Hollis Grebe is quieter. When he tells Marigold, “You don’t have to stay, you just have"
        " to call,” the line could be sentimental. It isn’t.",
        title="Harkaway review: a quiet goodbye",
    )
    assert not quotes, quotes


def test_an_actors_own_words_stay_a_quote() -> None:
    quotes = _served(
        "Hollis Grebe, who plays Quillon Harte, said of the ending: “I cried for a week.”"
    )
    assert "I cried for " in quotes, quotes
