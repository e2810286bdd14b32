"""A share of a crowd ("many of them Saltmarsh fans") is never the person a "he says" stands for."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Tom Reed grew up in Leeds and was acting by the age of nine."


def test_words_a_he_says_are_never_the_crowds() -> None:
    for after in (
        "Then came the war drama. “It was the first time nobody knew me as Dace,” he says.",
        "“It was the first time nobody knew me as Dace,” he says.",
    ):
        found = facts(
            _LEDE,
            "In 2023 he made his stage debut as Hamlet at the Lyric. Critics were divided; "
            "audiences, many of them Saltmarsh fans, queued for hours.",
            after,
        )
        speakers = [q.speaker for q in found.quotes if q.served]
        assert speakers and not any("fans" in s for s in speakers), speakers


def test_one_person_after_the_crowd_still_speaks() -> None:
    found = facts(
        _LEDE,
        "Theatregoers, many of them Saltmarsh fans, queued for hours. Ada Vale was among them.",
        "“I had never seen a queue like it,” she says.",
    )
    speakers = [(q.text[:12], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("I had never ", "Ada Vale")], speakers
