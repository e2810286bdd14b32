"""An awards or round-up paragraph that opens on another work set by its kind ("Next is Salt
Year, Ivo Marsh’s seafaring drama about ...") goes on about that work: whom it casts is its, not
the article's own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEAD = (
    "Quill Lane leads the nominations with seven nods.",
    "Quill Lane, Tom Reed’s quiet drama about two lighthouse keepers, took seven nominations. "
    "Ada Vale, who plays the keeper Mira Holt, is up for leading actress.",
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Close behind with six nominations is Salt Year, Ivo Marsh’s period piece about a "
        "Welsh mining town. Rhea Stone is nominated for leading actor as the foreman Dai Prosser, "
        "and Marsh for director.",
        "Next on the list is The Glass Orchard, a slow-burn thriller set in 1970s Malta. "
        "Rhea Stone is nominated as the smuggler Dai Prosser.",
        "Third with four nods was Salt Year, the Cardiff studio’s costume drama, which also "
        "opened in November. Rhea Stone earns a nod as the foreman Dai Prosser.",
    ],
)
def test_the_runner_up_works_casting_is_not_ours(paragraph: str) -> None:
    found = facts(*_LEAD, paragraph, title="Quill Lane leads the awards field")
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)
    assert ("Rhea Stone", "Dai Prosser") not in served_pairs(found)


def test_a_paragraph_opening_on_our_own_work_still_casts_it() -> None:
    found = facts(
        "Quill Lane leads the nominations with seven nods.",
        "Top of the list is Quill Lane, Tom Reed’s quiet drama about two lighthouse keepers. "
        "Rhea Stone, who plays the keeper Dai Prosser, is up for leading actor.",
        title="Quill Lane leads the awards field",
    )
    assert ("Rhea Stone", "Dai Prosser") in served_pairs(found)
