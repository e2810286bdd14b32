"""A credit in the perfect ("has written the screenplay") after an age or a who-clause set off
("X, 30, who created the show, has written the screenplay"; "X, the Y author who created the
series, has written the screenplay") credits X; another verb after the aside still credits
nobody (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow film confirmed"
_LEDE = "Larkhollow is getting a final film, the BBC has confirmed."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_the_perfect_after_an_aside_credits() -> None:
    for sentence in (
        "Greta Vance, 31, has written the screenplay.",
        "Greta Vance, 31, who created the show and drew the comics, has written the screenplay.",
        "Greta Vance, the Lantern author who created the series, has written the screenplay.",
    ):
        assert ("Greta Vance", "writer") in _crew(sentence), sentence


def test_another_verb_after_the_aside_credits_nobody() -> None:
    assert not _crew("Greta Vance, 31, grew up in Leeds and has written nothing since.")
    assert not _crew("Greta Vance, 31, who loved the comics, has watched the screenplay read.")
