"""Quote lines on invented text: words the story's people speak in a review's retold moment, a
set's shouted line from the book, a part's call-out in a teaser and a theme's plain nickname are
no one's quote; a person's own remark beside them still is."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str) -> list[str]:
    found = facts(*paragraphs, date="2026-03-02", title=title)
    return [q.text for q in found.quotes if q.served]


def test_a_moment_a_review_retells_is_the_films_line() -> None:
    served = _served(
        "Brannoch is in cinemas from Friday.",
        "There is a moment an hour into Brannoch when Teodor Vance, alone at the kitchen sink, "
        "asks Ysolde Carrow, “Did you ever mean to stay?” It is the heart of the film, and "
        "Peregrine Stott plays it beautifully.",
        title="Brannoch review – a quiet, tender triumph",
    )
    assert not any(text.startswith("Did you ever") for text in served), served


def test_a_line_shouted_on_set_from_the_book_is_the_scripts() -> None:
    served = _served(
        "Filming on Winter Quay moved to the harbour this week.",
        "A reader heard Peregrine Stott shout a line that we’re fairly sure is from chapter two "
        "of the book: “Nobody sails on a Sunday, Teodor!” We won’t say more.",
        "“The crew were lovely to everyone,” said Ysolde Carrow, who runs the harbour café.",
        title="Winter Quay: the harbour shoot, spotted",
    )
    assert not any(text.startswith("Nobody sails") for text in served), served
    assert any(text.startswith("The crew were lovely") for text in served), served


def test_a_part_calling_out_in_a_teaser_is_the_works_line() -> None:
    served = _served(
        "The first teaser for Winter Quay landed on Tuesday.",
        'Teodor (Peregrine Stott) calls out "You said you\'d ring when you landed" – a line '
        "lifted almost word for word from the novel.",
        title="Winter Quay teaser breakdown: every shot explained",
    )
    assert not any(text.startswith("You said") for text in served), served


def test_a_theme_she_calls_simply_by_a_name_is_its_name() -> None:
    served = _served(
        "Ysolde Carrow wrote the score for Winter Quay.",
        "One cue, which she calls simply “the gull waltz”, is held back until the final reel. "
        "“People will know it when they hear it,” Carrow says.",
        title="Ysolde Carrow on scoring Winter Quay",
    )
    assert "the gull waltz" not in served, served
    assert any(text.startswith("People will know") for text in served), served
