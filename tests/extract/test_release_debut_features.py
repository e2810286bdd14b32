"""A "debut feature" names a first work: "debut" there is no release verb."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillmere Road: Netflix shows first footage"
_LEDE = "Netflix showed the first footage from Quillmere Road at a gala in London on Saturday."


def _dates(*sentences: str, date: str = "2025-10-12") -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, *sentences, date=date, title=_TITLE)


def test_a_debut_feature_is_no_release_verb() -> None:
    found = _dates(
        "Senna Loy replaces Tobin Marsh in Orla Fenwick-Shawcross's debut feature, which shoots in "
        "Kent this autumn."
    )
    assert not any(kind == "window" for kind, _, _ in found)
