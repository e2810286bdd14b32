"""An author named only through another book of theirs ("reading Brine Summer, one of Ada Vale's
earlier novels"; "a character from Vale's novel Brine Summer") is no author credit on the article's
work; a film "from Ada Vale's novel" keeps hers (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "On set with Copperfold: a day at the lido"
_LEDE = "Filming on Copperfold, directed by Ilse Marrow, reached the lido on Tuesday."


def test_a_book_in_hand_gives_its_author_no_credit() -> None:
    for sentence in (
        "Perry Oduya sits by the pool reading Brine Summer, one of Ada Vale's earlier novels.",
        "Between takes the crew passed round Tin Harbour, Ada Vale's second book.",
        "A cameo by a character from Vale's novel Tin Harbour is cute but pointless; Ada Vale"
        " was not on set.",
    ):
        assert ("author", "Ada Vale") not in served_crew(_LEDE, sentence, title=_TITLE), sentence


def test_our_films_source_keeps_its_author() -> None:
    for sentence in (
        "Copperfold is adapted from Ada Vale's novel Copperfold.",
        "Copperfold, the film from Ada Vale's novel Tin Harbour, shot at the lido.",
    ):
        assert ("author", "Ada Vale") in served_crew(_LEDE, sentence, title=_TITLE), sentence
