"""A what-to-watch page's labelled heading in capitals ("PICK OF THE WEEK: LANTERN BAY") that
names the article's own work opens its own section, as the same heading in ordinary case does;
one naming another work still opens that work's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits, served_pairs

_TITLE = "Weekend viewing: Lantern Bay leads the pack"
_BODY = (
    "The slow coastal mystery follows Orla Penwarden, played by Tamsin Roe, as she returns home. "
    "Director Hollis Grange keeps the fog thick and the talk sparse."
)


@pytest.mark.parametrize(
    "heading",
    [
        "PICK OF THE WEEK: LANTERN BAY",
        "THIS WEEK’S BEST: LANTERN BAY",
        "Pick of the week: Lantern Bay",
    ],
)
def test_capitals_heading_naming_ours_keeps_its_facts(heading: str) -> None:
    found = facts("By Ada Quill | Friday 4 September", heading, _BODY, title=_TITLE)
    assert ("Tamsin Roe", "Orla Penwarden") in served_pairs(found)
    assert ("director", "Hollis Grange") in served_credits(found)


def test_capitals_heading_naming_another_work_lends_ours_nothing() -> None:
    found = facts(
        "By Ada Quill | Friday 4 September", "ALSO GOOD: COPPER SOUND", _BODY, title=_TITLE
    )
    assert ("Tamsin Roe", "Orla Penwarden") not in served_pairs(found)
