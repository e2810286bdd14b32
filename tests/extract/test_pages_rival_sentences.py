"""A two-work chart page: a paragraph that opens on the headline's other work tells its news in
each sentence that does not name the page's own, even when another sentence of the paragraph
names ours ("It is tipped to overtake Fenmarsh"): the rival's launch date is not ours."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _dates(found: ArticleFacts) -> set[str]:
    return {str(r.date) for r in found.release if r.served and r.kind is ReleaseKind.PREMIERE_DATE}


def _chart(rival: str) -> ArticleFacts:
    return facts(
        "ITV’s moorland thriller Fenmarsh kept the top spot in the weekly streaming chart.",
        "Fenmarsh arrived on ITVX on 22 May and drew 9m hours last week.",
        rival,
        date="2025-06-10",
        title="Streaming chart: ‘Fenmarsh’ holds off ‘Quarrel Yard’ for a second week",
    )


def test_the_rivals_launch_is_not_ours() -> None:
    for rival in (
        "Its closest rival is Netflix’s heist caper Quarrel Yard, which launched on 4 June. The"
        " caper is widely tipped to overtake Fenmarsh next week.",
        "Quarrel Yard, which premiered on 4 June, came second. Fenmarsh may not hold on for long.",
        "Hot on its heels is Quarrel Yard, released on 4 June, with 8m hours. Fenmarsh led by a"
        " whisker.",
    ):
        assert "2025-06-04" not in _dates(_chart(rival)), rival


def test_a_sentence_naming_ours_in_that_paragraph_stays_ours() -> None:
    found = _chart(
        "Quarrel Yard came second. Fenmarsh, by contrast, premiered on 22 May and is still"
        " climbing."
    )
    assert "2025-05-22" in _dates(found)
