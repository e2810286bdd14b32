"""Words in a sentence whose own subject is someone unnamed ("One insider suggested a second run is
“...”") are that unnamed source's, not the person the sentence before is about."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Low Tide is the most-watched show on Netflix this week."


def test_an_unnamed_subjects_words_are_not_the_named_posters() -> None:
    found = facts(
        _LEDE,
        "Ada Vale, who plays the lead, posted a photo of the chart with the words “we did it”. "
        "One insider suggested a second series is “as good as agreed”, though nothing is signed.",
    )
    speakers = {q.text[:10]: q.speaker for q in found.quotes if q.served}
    assert speakers["as good as"] == "One insider", speakers
    assert speakers["we did it"] == "Ada Vale", speakers


def test_the_named_subject_going_on_still_speaks() -> None:
    found = facts(
        _LEDE,
        "Ada Vale, who plays the lead, posted a photo of the chart. She called the week “a dream”.",
    )
    speakers = [(q.text[:7], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("a dream", "Ada Vale")], speakers
