"""A cinematographer who says the actors "barely needed directing" is not the director
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Kestrelmoor Forever, the Netflix film of the show, wrapped in Kent on Friday."


def _crew(*paragraphs: str, title: str | None = None) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs, title=title)
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_needed_directing_is_no_directors_credit() -> None:
    crew = _crew(
        "Cinematographer Odile Marsh shot the film in Kent.",
        "Marsh says the pair barely needed directing.",
    )
    assert ("cinematographer", "Odile Marsh") in crew
    assert ("director", "Odile Marsh") not in crew
