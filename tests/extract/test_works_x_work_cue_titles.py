"""Release: more ways an article tells a headline's name as a screen work, so that the name is
the page's own title: a possessive before its kind ("Lumen's new drama X"), its release ("the
release of X", "X release date"), the camera or cutting room behind it ("the cinematographer
behind X"), and an aside on its launch ("X, which debuted on ..."). A name never told so, only
named, gives none. Invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(headline: str, *paragraphs: str) -> set[str | None]:
    found = facts(*paragraphs, date="2026-05-04", title=headline)
    return {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}


def test_a_cinematographer_behind_the_name_tells_it_as_a_work() -> None:
    assert _titles(
        "‘Light like a memory’: the cinematographer of Ember Quay",
        "The director of photography behind Ember Quay on lighting the coast.",
        "Nell Ashcombe had never seen an episode of Ember Quay before the script came.",
    ) == {"Ember Quay"}


def test_a_launch_aside_tells_the_name_as_a_work() -> None:
    assert _titles(
        "Can Ember Quay win the awards race? The streamer thinks so",
        "With voting close, the streamer is pushing the Ember film and its star.",
        "The streamer has entered Ember Quay, which debuted on 17 April, in four categories.",
    ) == {"Ember Quay"}


def test_a_name_only_named_gives_none() -> None:
    assert not _titles(
        "Can Ember Quay win the awards race? The streamer thinks so",
        "With voting close, the streamer is pushing the Ember film and its star.",
        "The streamer has entered Ember Quay in four categories.",
    )
