"""A guide may tell an entry on its name line itself, after a colon ("Brisket Row (E4,
Tuesday): Teen drama, series two. Teodor Blythe returns as Ivo."). Below an entry singled out as
the page's own ("Our pick: ..."), such an entry is another work's: its parts are never served
(a paragraph opening on a name with where and when to see it is that show's, so they are not even
held for review)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, held_pairs, served_pairs


def _guide() -> ArticleFacts:
    return facts(
        "From a harbour thriller to a teen drama, the shows worth your weekend.",
        "Our pick: Saffron Quay (ITVX, from Sunday)",
        "Odile Penhaligon plays Marisol Treen, a diver who comes home after a storm.",
        "Also new",
        "Brisket Row (E4, Tuesday): Teen drama, series two. Teodor Blythe returns as Ivo.",
        "Still going strong",
        "Nothing else this week.",
        date="2026-06-05",
        title="What to watch this weekend: Saffron Quay leads the week",
    )


def test_a_one_line_entry_below_the_pick_is_another_work() -> None:
    found = _guide()
    assert ("Teodor Blythe", "Ivo") not in served_pairs(found) | held_pairs(found)


def test_the_pick_keeps_its_parts() -> None:
    assert ("Odile Penhaligon", "Marisol Treen") in served_pairs(_guide())
