"""The production's own title after a perfect-tense credit ("X has directed Title") credits X,
and so does a profile's turn to the subject's new work led by "Now" and a pronoun ("Now she
has written and directed Title": the one the sentence before is about); another title after the
same verbs credits no one (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Copper Gate to open the festival"
_LEDE = "The Copper Gate cast arrived in Sligo on Friday."


def test_has_directed_the_own_title() -> None:
    found = facts(_LEDE, "Hollin Marsh has directed Copper Gate, her third feature.", title=_TITLE)
    assert ("director", "Hollin Marsh") in credits(found)


def test_now_and_a_pronoun_take_the_previous_subject() -> None:
    found = facts(
        _LEDE,
        "Hollin Marsh spent a decade making music videos in Dublin. Now she has written and"
        " directed Copper Gate, a ghost story set on the coast.",
        title=_TITLE,
    )
    assert {("director", "Hollin Marsh"), ("writer", "Hollin Marsh")} <= credits(found)


def test_has_directed_another_title_credits_no_one() -> None:
    found = facts(_LEDE, "Bram Ostler has directed Harrow Quay, a thriller.", title=_TITLE)
    assert ("director", "Bram Ostler") not in credits(found)
