"""A title stated in the plain present is held as the name already in use, unless the sentence
glosses it as a name right after it ("The film is called X, a title the studio picked"): then
the sentence is about the naming, and the title is served. A plain "It is called X" in an
article already using X stays held."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts

_LEDE = "Everything we know so far about the last Marrowby Tide film, from its cast to its shoot."
_TITLE = "Marrowby Tide Forever: cast, plot and filming"


def _titles(found: ArticleFacts) -> dict[str, bool]:
    return {f.title or "": f.served for f in found.release if f.kind is ReleaseKind.TITLE}


def test_a_name_glossed_as_a_title_is_served() -> None:
    found = facts(
        _LEDE,
        "Marrowby Tide Forever began filming in Devon in May.",
        "The film is called Marrowby Tide Forever, a title the studio picked from fan letters.",
        title=_TITLE,
    )
    assert _titles(found).get("Marrowby Tide Forever") is True


def test_a_plain_name_in_use_stays_held() -> None:
    found = facts(
        _LEDE,
        "Marrowby Tide Forever began filming in Devon in May.",
        "The film is called Marrowby Tide Forever, and it runs for two hours.",
        title=_TITLE,
    )
    assert _titles(found).get("Marrowby Tide Forever") is not True
