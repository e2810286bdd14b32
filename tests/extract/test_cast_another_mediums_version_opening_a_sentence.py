"""A version of the work in another medium opening a sentence, its article capitalised ("A Welsh
stage adaptation of the novel, with X as Y, opens in May", "The Tinder Moth radio play stars X
as Y"), casts its own version, not the article's production; a screen version stays (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Tinder Moth: filming begins on the Netflix film"
_LEDE = "Filming has begun on Tinder Moth, the Netflix film starring Ida Brannock as Mira."


def _parts(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_another_mediums_version_casts_its_own() -> None:
    for sentence in (
        "A Welsh stage adaptation of the first novel, with Tomas Ashgrove as Kit, opens in"
        " Cardiff next May.",
        "The Tinder Moth radio play, recorded last winter, stars Tomas Ashgrove as Kit.",
    ):
        assert ("Tomas Ashgrove", "Kit") not in _parts(sentence), sentence


def test_the_screen_version_keeps_its_cast() -> None:
    sentence = "The Netflix film, shot in Cardiff, stars Tomas Ashgrove as Kit."
    assert ("Tomas Ashgrove", "Kit") in _parts(sentence)
