"""A newsletter's numbered item whose paragraph sets a name as a work by an apposition after it
("... has renewed Marrowgate, its damp coastal noir, for ...", "... the teaser for Kettlefen,
Brackwater Films’ grim Baltic thriller, ...") is another work's when it names none of ours:
what it casts, credits or dates is that work's, not the lead work's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits, served_pairs

_LEDE = "This week: Quillmoor finds its composer, a renewal on BBC Two, and a moody teaser."
_TITLE = "The Tuesday Sheet: Quillmoor’s new music and more"
_OURS = (
    "1. Quillmoor has a composer",
    "Apple TV+ confirmed that the score for Quillmoor has been composed by Orla Tennent. "
    "Dorrit Avenell stars as Sella Crane, and the drama premieres on Friday 2 October.",
)


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        (
            "2. Marrowgate gets another run",
            "BBC Two has quietly renewed Marrowgate, its damp coastal noir, for a second run. "
            "Hallam Pryce returns as the harbourmaster Ivo Strand. Creator Benna Lusk is "
            "delighted.",
        ),
        (
            "2. The teaser nobody could hear",
            "You may have seen the teaser for Kettlefen, Brackwater Films’ grim Baltic "
            "thriller, on a muted phone. Hallam Pryce stars as Ivo Strand; Benna Lusk directs. "
            "It lands in cinemas in the spring.",
        ),
        (
            "2. Back for more",
            "Sky has brought back Tollbridge, the channel’s rain-soaked police drama, for a "
            "fourth series, with Hallam Pryce again as Ivo Strand. Benna Lusk wrote it.",
        ),
    ],
)
def test_an_item_apposing_another_work_keeps_its_facts(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-02-03", title=_TITLE)
    served = served_pairs(found)
    assert ("Hallam Pryce", "Ivo Strand") not in served
    assert ("Dorrit Avenell", "Sella Crane") in served
    assert not any(name == "Benna Lusk" for _, name in served_credits(found))
    served_dates = {str(r.date) for r in found.release if r.served}
    assert served_dates <= {"2026-10-02"}
