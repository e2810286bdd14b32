"""An age epithet with no word for the speaker's sex ("“...,” the 31-year-old says") after a
question about "he" needs a speaker told as "he": a woman named last is not the one answering."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Tom Reed was nine when he got his first part. Now 31, he is about to say goodbye to Dace."


def test_a_woman_named_last_is_not_the_one_asked_about() -> None:
    found = facts(
        _LEDE,
        "Ada Vale, who plays Ruth, has become a close friend, and she texts every week.",
        "Is he nervous? “Ask me in June,” the 31-year-old says, laughing.",
    )
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert ("Ask me in ", "Ada Vale") not in speakers, speakers


def test_the_man_asked_about_still_answers() -> None:
    found = facts(
        _LEDE,
        "Tom Reed has become a father this year, and he is tired.",
        "Is he nervous? “Ask me in June,” the 31-year-old says, laughing.",
    )
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("Ask me in ", "Tom Reed")], speakers
