"""A part an actor is known for "here", "abroad" or "at home" ("Vale is best known here as
Mira, the eldest daughter in ..."), on invented text: an earlier work's part, no casting of this
production; the part the article casts is still served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _served(text: str) -> set[tuple[str, str]]:
    lede = "Tamsin Orrell plays Dr Vera Lusk, a chemistry teacher, in Glass Harbour."
    return served_pairs(facts(lede, text, title="Glass Harbour: a new face from Tallinn"))


def test_a_part_known_here_is_another_works() -> None:
    for text in (
        "Orrell is best known here as Liis, the quiet sister in the drama “Kivi” (2019).",
        "Orrell is known at home as Liis, the quiet sister in the soap “Kivi”.",
        "Orrell is still best known abroad as Liis, the quiet sister in the series Kivi.",
    ):
        found = _served(text)
        assert ("Tamsin Orrell", "Liis") not in found, text
        assert ("Tamsin Orrell", "Dr Vera Lusk") in found, text
