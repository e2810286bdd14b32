"""A part set after its name in a staging ("will play Y in a new Wren Widow at the Lanthorn",
"plays Y in Ghosts at the Lantern Playhouse") is that staging's, not the screen production's;
a part in the article's own work stays (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Podcast: Perry Ashlund on leaving Copperfold"
_LEDE = "Perry Ashlund plays Walt in Copperfold, the Vela drama back in June."


def _parts(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_a_stagings_part_is_no_casting() -> None:
    for sentence, part in (
        ("Ashlund will play Brack in a new Wren Widow at the Lanthorn in the spring.", "Brack"),
        ("Ashlund plays Oswald in Ghosts at the Lantern Playhouse until March.", "Oswald"),
        ("Ashlund will play Iago in a revival of Wren Widow at the Quorrel.", "Iago"),
    ):
        assert ("Perry Ashlund", part) not in _parts(sentence), sentence


def test_the_works_own_part_stays() -> None:
    parts = _parts("Ashlund returns as Walt in the second season, filmed in Leeds.")
    assert ("Perry Ashlund", "Walt") in parts
