"""A name glossed by an aside whose kind word sits inside a clause ("X, the boxer whose romance
with Y ...") is a person or a part, not the page's work: the aside's head is "boxer", and
"romance" belongs to the clause. A name glossed by its own kind ("X, a six-part romance for
Lumen") is still the title."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _served_titles(found: ArticleFacts) -> set[str]:
    return {f.title or "" for f in found.release if f.kind is ReleaseKind.TITLE and f.served}


def test_a_kind_inside_a_clause_is_no_title() -> None:
    found = facts(
        "From school plays to leading man, Tom Reyes is about to say goodbye to Sam Hollis.",
        "Reyes plays Sam Hollis, the boxer whose romance with Lee Marsh made the webcomic a hit. "
        "Sam Hollis has been his for five years.",
        title="Tom Reyes: the long goodbye to Sam Hollis",
    )
    assert "Sam Hollis" not in _served_titles(found)


def test_a_kind_heading_its_aside_still_names_the_title() -> None:
    found = facts(
        "Filming has begun on Gull Harbour, the new Lumen drama, in Cornwall.",
        "Gull Harbour, a six-part romance for Lumen, stars Ada Vale. Gull Harbour airs in May.",
        title="Gull Harbour begins filming in Cornwall",
    )
    assert "Gull Harbour" in _served_titles(found)
