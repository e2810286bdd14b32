"""In an article whose headline says it guesses ("everything we know"), a time the makers have
said is theirs, not a guess, on invented text: "the studio has said the film will arrive in
..."."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Orchard Lane season 2 – release date speculation, cast and everything we know"


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2026-03-04", title=_TITLE)
    return {(r.kind.value, str(r.window or r.date)) for r in served}


def test_the_streamer_has_said_when_it_arrives_is_served() -> None:
    served = _served(
        "There is no exact date yet, but the streamer has said the series will arrive in late 2026."
    )
    assert ("window", "2026-09/2026-12") in served


def test_the_broadcaster_has_said_that_it_lands_is_served() -> None:
    served = _served("The broadcaster has said that it will land in autumn 2026.")
    assert ("window", "2026-09/2026-11") in served
