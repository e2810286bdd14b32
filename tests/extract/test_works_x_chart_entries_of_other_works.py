"""A chart page's paragraph for another placed work ("X held on to first place ... Star Y
plays Z"), and the next one calling that work by its kind, are the other work's; the page's own
work's placed paragraph is its own."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_pairs

TITLE = "Cinema chart: Grey Marsh holds on as Lumen Tide fans fill screens"


def _chart(*middle: str) -> ArticleFacts:
    return facts(
        "A moorland thriller kept the top spot at the box office, while Lumen Tide fans filled"
        " cinemas.",
        *middle,
        "Lumen Tide, the film that ends Ada Vell’s series, reaches the streamer on Friday.",
        date="2027-03-08",
        title=TITLE,
    )


def _served_crew(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_a_placed_other_works_paragraph_casts_and_credits_nothing_of_ours() -> None:
    found = _chart(
        "In third place, the seaside romcom Copper Yard added £700,000 in its second week. "
        "Star Bram Oduya plays Tam Hollis.",
        "Grey Marsh remained the most popular film in the country, taking £1.9m.",
        "The moorland thriller, directed by Pilar Ostend, has taken £6m since it opened.",
    )
    assert ("Bram Oduya", "Tam Hollis") not in served_pairs(found)
    assert ("director", "Pilar Ostend") not in _served_crew(found)


def test_our_works_placed_paragraph_is_still_ours() -> None:
    found = _chart(
        "Lumen Tide took £500,000 from its fan screenings. The film, directed by Nell Quarry, "
        "stars Ida Merrow as Wren Hale.",
    )
    assert ("Ida Merrow", "Wren Hale") in served_pairs(found)
    assert ("director", "Nell Quarry") in _served_crew(found)
