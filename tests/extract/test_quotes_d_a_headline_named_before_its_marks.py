"""A page's headline named right before its marks ("first ran with the headline “...”", "a
report headlined “...”") is the page's wording, not anyone's quote, however long; a headline
writer's own remark in marks, credited to them, keeps the quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Channel 5's lighthouse drama Keeper's Lamp will not return until the autumn."


def test_a_headline_named_before_its_marks_is_no_quote() -> None:
    for line in (
        "This story first ran with the headline “Keeper's Lamp back by summer, sources claim"
        " after long wait”.",
        "A report headlined “Keeper's Lamp axed” was taken down within the hour.",
        "For a few hours the headline read “Lamp goes dark for good”, before an editor stepped in.",
    ):
        found = facts(_LEDE, line)
        assert not served_quotes(found), served_quotes(found)


def test_a_remark_about_a_headline_keeps_the_quote() -> None:
    found = facts(
        _LEDE,
        "Showrunner Idris Penwarden-Bly was unmoved by the coverage. “Nobody reads past the"
        " headline anyway,” Penwarden-Bly said.",
    )
    assert ("Nobody reads", "Idris Penwarden-Bly") in served_quotes(found)
