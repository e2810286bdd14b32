"""A box-office report's other entries: a paragraph placing another work ("fell from second to
third", "The rest of the top five: in third, ...") or giving it the top of a named chart ("At
the top of the weekend chart, ... held on") casts that work, so what it casts is held; the
page's own work placed the same way keeps its castings."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, held_pairs, served_pairs

_LEDE = "British drama Marrowby Tide took £1.9m on its opening weekend, good for second place."
_OURS = "Marrowby Tide, directed by Ann Roe, stars Kit Moss as the ferryman Aled."


def _report(*paragraphs: str, headline: str) -> ArticleFacts:
    return facts(_LEDE, _OURS, *paragraphs, title=headline, date="2026-05-11")


def test_a_work_that_fell_from_one_place_to_another_is_another_entry() -> None:
    found = _report(
        "Meanwhile, ghost story The Gull Bell fell from second to third, with £1.1m. Cartoon "
        "caper Brambles Go West, voiced by Jodie Wynn, was fourth.",
        headline="UK box office: Marrowby Tide opens at No 2 behind Orbit Ten",
    )
    assert ("Kit Moss", "Aled") in served_pairs(found)
    assert not any(actor == "Jodie Wynn" for actor, _ in served_pairs(found))


def test_the_rest_of_the_chart_after_a_colon_is_another_entry() -> None:
    found = _report(
        "The rest of the top five: in third, cartoon sequel Brambles 2 (£1.3m), voiced by Jodie "
        "Wynn as Captain Pip; in fourth, the romcom Paris Twice (£0.8m).",
        headline="UK box office: Marrowby Tide opens at No 2 behind Orbit Ten",
    )
    assert ("Jodie Wynn", "Captain Pip") not in served_pairs(found)
    assert ("Jodie Wynn", "Captain Pip") in held_pairs(found)


def test_the_top_of_a_named_chart_set_against_the_headline_is_another_entry() -> None:
    found = _report(
        "At the top of the weekend chart, Lumen's cartoon sequel Brambles 2 held on for a third "
        "week. Directed by Mara Ebb, it features the voice of Jodie Wynn as the ferrywoman Maud.",
        headline="UK box office: Marrowby Tide takes £1.9m as ‘Brambles 2’ stays top",
    )
    assert ("Jodie Wynn", "Maud") not in served_pairs(found)
    assert ("Kit Moss", "Aled") in served_pairs(found)


def test_the_pages_own_work_placed_keeps_its_castings() -> None:
    found = _report(
        "The rest of the top five: in second, Marrowby Tide (£1.9m), with Kit Moss as Aled.",
        headline="UK box office: Marrowby Tide opens at No 2 behind Orbit Ten",
    )
    assert ("Kit Moss", "Aled") in served_pairs(found)
