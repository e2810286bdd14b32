"""Review 122-Q, crew: a place after "set in" or "filmed in" is no other work's title, so our
genre-described film's director stands; a profile's other film after a performing word is still
another's. Invented text."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts


def _crew(*paragraphs: str, title: str) -> set[tuple[str, CrewRole]]:
    return {(c.name, c.role) for c in facts(*paragraphs, title=title).crew if c.served}


def test_a_place_before_our_described_film_is_no_other_works_title() -> None:
    for line in (
        "Set in Aberdeen, the legal drama directed by Pia Dunn stars Omar Selby as Abel.",
        "Shot mostly in Galway, the Irish thriller directed by Pia Dunn opens in June.",
    ):
        crew = _crew(
            "Tarn has released the first trailer for Harrow Lane.",
            line,
            title="First trailer for Harrow Lane",
        )
        assert ("Pia Dunn", CrewRole.DIRECTOR) in crew, line


def test_a_profiles_other_film_after_a_role_in_it_is_still_anothers() -> None:
    crew = _crew(
        "Lio Marsh on growing up near Harrow Lane.",
        "Harrow Lane, the Tarn film, is directed by Tova Reed.",
        "Her breakout role in Copperhead, the heist film directed by Omar Selby, changed things.",
        title="Lio Marsh: Harrow Lane and me",
    )
    assert ("Omar Selby", CrewRole.DIRECTOR) not in crew
    assert ("Tova Reed", CrewRole.DIRECTOR) in crew
