"""A shoot credited on the film told with its channel ("X shot the Netflix film") is the
article's film's, as "shot the film" is; a channel's film with a title after it is another work
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowby film: the camera"
_LEDE = "The Harrowby film arrives on Netflix in spring."


def _shooters(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "cinematographer"}


def test_the_channels_film_is_ours() -> None:
    assert "Ivo Brandt" in _shooters("Ivo Brandt shot the Netflix film on film stock.")
    assert "Ivo Brandt" in _shooters("Ivo Brandt shot the film on film stock.")


def test_a_titled_channel_film_is_another() -> None:
    assert "Ivo Brandt" not in _shooters("Ivo Brandt shot the BBC film Salt Road in 2019.")
