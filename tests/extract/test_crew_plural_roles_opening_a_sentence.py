"""A plural role opening the sentence with no commas credits the names after it, the subject of
the verb that follows ("Writers A and B told the podcast ..."); another work's plural role
("Gullsway writers A and B said ...") does not (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Brindlecove: the night-bus sitcom's writers on the podcast"
_LEDE = "Brindlecove is a sitcom set on a night bus."


def test_a_plural_role_opening_the_sentence_credits_each_name() -> None:
    found = served_crew(
        _LEDE,
        "Writers Orla Penhale and Pell Ardagh told a podcast that they pitched the show after "
        "years of commuting.",
        title=_TITLE,
    )
    assert {("writer", "Orla Penhale"), ("writer", "Pell Ardagh")} <= found


def test_another_works_plural_role_is_no_credit() -> None:
    found = served_crew(
        _LEDE,
        "Gullsway writers Orla Penhale and Pell Ardagh said it was hard.",
        title=_TITLE,
    )
    assert ("writer", "Orla Penhale") not in found
