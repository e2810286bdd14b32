"""A chart page's own work told by its fan screenings ("the Lumen Tide fan screenings"): the
screenings are held for the page's film, so its name is the page's own and another title the
page brings in ("the release of X, from director Y") is another work's."""

from __future__ import annotations

from tests.extract.helpers import facts

TITLE = "Weekend takings: Grey Marsh keeps the crown as Lumen Tide fan screenings sell out"


def _chart(*middle: str) -> set[tuple[str, str]]:
    found = facts(
        "A moorland thriller kept first place, while one-night Lumen Tide fan screenings "
        "outsold several new releases.",
        *middle,
        "Lumen Tide, the film that ends Ada Vell’s series, reaches the streamer on Friday.",
        date="2027-03-08",
        title=TITLE,
    )
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_another_titles_director_is_not_served_once_the_screenings_name_ours() -> None:
    crew = _chart(
        "Grey Marsh took £1.8m over the weekend.",
        "Next Friday brings the wide release of The Copper Yard, from director Bram Oduya.",
    )
    assert ("director", "Bram Oduya") not in crew


def test_our_films_director_is_still_served() -> None:
    crew = _chart(
        "The film, directed by Pilar Ostend, is not counted in the chart.",
    )
    assert ("director", "Pilar Ostend") in crew
