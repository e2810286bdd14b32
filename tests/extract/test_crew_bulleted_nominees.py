"""A bulleted nominee under a crew category, "- Ada Vale, Salt Road", credits our work's
nominee only (invented lines, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def _nominations(*lines: str) -> set[tuple[str, str]]:
    found = facts(
        "Paper Moths leads the Coastline Film Prizes shortlist with six nods.",
        *lines,
        title="Paper Moths leads the Coastline Film Prizes shortlist",
    )
    return credits(found)


def test_a_bulleted_director_nominee_of_our_film_is_its_director() -> None:
    found = _nominations(
        "Best Director", "- Marta Oyelaran, Paper Moths", "- Ivo Stenberg, Lantern Field"
    )
    assert ("director", "Marta Oyelaran") in found
    assert ("director", "Ivo Stenberg") not in found


def test_a_bulleted_score_nominee_of_our_film_is_its_composer() -> None:
    found = _nominations(
        "Best Original Score", "* Lior Abadi, Lantern Field", "* Nell Okafor, Paper Moths"
    )
    assert ("composer", "Nell Okafor") in found
    assert ("composer", "Lior Abadi") not in found
