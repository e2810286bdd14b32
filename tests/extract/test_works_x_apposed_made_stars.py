"""A page may name another work in passing, glossed by its kind and what it did for its stars
("likened to Tin Yard, the Ada Vale drama that made Tom Reed's DS Marsh a household name"): the
part so named is that work's, not the page's own. A gloss without it keeps the page's cast."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "First look: Harrowgate Fen teaser lands on Channel 5"
_LEDE = "Channel 5 has shared the teaser for Harrowgate Fen, its new marshland mystery."


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(
        _LEDE,
        sentence,
        "Mirela Osei plays Constance Drury, the warden of the fen.",
        date="2026-02-10",
        title=_TITLE,
    )
    return served_pairs(found)


def test_a_work_that_made_its_stars_keeps_their_parts() -> None:
    cast = _cast(
        "Viewers have already likened it to Tin Yard, the Hollis Brandt drama that made "
        "Ansel Wray’s DCI Ruth Kember a household name."
    )
    assert ("Ansel Wray", "DCI Ruth Kember") not in cast
    assert ("Mirela Osei", "Constance Drury") in cast


def test_the_pages_own_cast_after_a_plain_comparison_is_served() -> None:
    cast = _cast("Viewers have already likened it to an old favourite of the genre.")
    assert ("Mirela Osei", "Constance Drury") in cast
