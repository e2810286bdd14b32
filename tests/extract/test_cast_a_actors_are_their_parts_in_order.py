"""Full-named actors, then "are" and as many names, the list ending there ("A and B are X and
Y, now ...") pairs them in order, as a guide's line-up writes it; "are" before what describes
them ("are Olivier and Bafta winners") casts nothing (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "What to watch this weekend: Gorseway"
_LEDE = "Gorseway, Netflix's new coming-of-age film, lands on Friday."


def _cast(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_actors_are_their_parts_in_order() -> None:
    for sentence in (
        "Wynn Tregaskis and Delphine Oyelaran are Kit and Morwen, now at university and"
        " struggling.",
        "Wynn Tregaskis and Delphine Oyelaran are Kit and Morwen Penrose.",
    ):
        cast = _cast(sentence)
        assert any(a == "Wynn Tregaskis" and c.startswith("Kit") for a, c in cast), sentence
        assert any(a == "Delphine Oyelaran" and c.startswith("Morwen") for a, c in cast), sentence


def test_are_before_a_description_casts_nothing() -> None:
    assert not _cast("Wynn Tregaskis and Delphine Oyelaran are Olivier and Bafta winners.")
