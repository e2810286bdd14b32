"""A titled aside on the page's work told by its channel ("Lumen's Osier film, now titled Osier
Kites, adds ...") or as what a shoot is on ("rolling since May on the Lumen film, titled Osier
Kites, which ..."); a person's earlier film in the same shape ("Vale's previous film, titled
...") and a film someone merely stars in are no such naming."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts

_TITLE = "Marrowby Tide film adds two newcomers"
_LEDE = "Two young actors have joined the cast of the last Marrowby Tide story."


def _served_titles(found: ArticleFacts) -> set[str]:
    return {f.title or "" for f in found.release if f.kind is ReleaseKind.TITLE and f.served}


def test_a_channels_film_now_titled_names_ours() -> None:
    found = facts(
        _LEDE,
        "Netflix’s Marrowby film, now titled Marrowby Tide Forever, has added two newcomers to "
        "its cast, the streamer said on Monday.",
        title=_TITLE,
    )
    assert "Marrowby Tide Forever" in _served_titles(found)


def test_a_shoot_on_the_channels_film_titled_names_ours() -> None:
    found = facts(
        _LEDE,
        "Filming has been under way since June on the Netflix film, titled Marrowby Tide "
        "Forever, which closes the story for good.",
        title=_TITLE,
    )
    assert "Marrowby Tide Forever" in _served_titles(found)


def test_a_persons_previous_film_titled_is_not_ours() -> None:
    found = facts(
        _LEDE,
        "Ada Vale's previous film, titled Bracken Hollow Night, opened in June.",
        "She stars in the Netflix film, titled Gull Row Summer, which opens next year.",
        title=_TITLE,
    )
    titles = _served_titles(found)
    assert "Bracken Hollow Night" not in titles
    assert "Gull Row Summer" not in titles
