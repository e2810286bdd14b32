"""Another work named by what surrounds it (a co-star's film, a past award, a comparison, a next
job, a title leading its own credits) keeps its cast and crew off this article's production."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Quillon Marsh: Rufus Challoner on the new Pell Harbour drama"
_LEDE = "Rufus Challoner leads Quillon Marsh, the Pell Harbour drama directed by Odile Fenwright."


def _page(*paragraphs: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """Served castings and served (role, name) credits of a page about Quillon Marsh."""
    found = facts(_LEDE, *paragraphs, date="2026-05-01", title=_TITLE)
    crew = {(c.role.value, c.name) for c in found.crew if c.served}
    return served_pairs(found), crew


def test_a_co_star_in_another_film_plays_that_films_part() -> None:
    cast, _ = _page(
        "Challoner’s co-star in Bexley Tarn, Marisol Dunk, who plays his sister, Nettie, said he"
        " was kind on set."
    )
    assert ("Marisol Dunk", "Nettie") not in cast


def test_a_past_awards_film_keeps_its_director() -> None:
    _, crew = _page(
        "Challoner is used to this. He won the Bafta for Harrow Lights, directed by Yusuf"
        " Brennock, in 2019."
    )
    assert ("director", "Yusuf Brennock") not in crew
    assert ("director", "Odile Fenwright") in crew


def test_a_comparison_keeps_the_other_shows_creator() -> None:
    _, crew = _page(
        "Quillon Marsh is billed as the biggest drama since Nettlebeck, created by Ingrid Sallow."
    )
    assert ("creator", "Ingrid Sallow") not in crew


def test_a_next_job_keeps_its_director() -> None:
    _, crew = _page(
        "Challoner is next shooting Lumen Bay for director Corvin Ashdale, due to start in June."
    )
    assert ("director", "Corvin Ashdale") not in crew


def test_a_title_leading_its_own_credits_keeps_its_cast() -> None:
    cast, _ = _page(
        "Elsewhere, two debuts stood out. Bexley Tarn, directed by Piers Galloway, follows a"
        " ferryman's son; Lowenna Okoro-Wade is superb as Jess."
    )
    assert ("Lowenna Okoro-Wade", "Jess") not in cast


def test_a_channels_department_head_is_no_director() -> None:
    _, crew = _page("BBC drama director Ingrid Sallow called the script a page-turner.")
    assert ("director", "Ingrid Sallow") not in crew
