"""The same words from the same speaker, given twice (a standfirst that repeats the body's
fragment), are one quote; the same words from two speakers, or a speaker's words again in a
different quotation, stay apart."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-03-09")
    return [(q.text, q.speaker) for q in found.quotes if q.served]


def test_a_standfirsts_fragment_repeated_in_the_body_is_served_once() -> None:
    for body in (
        "Marta Quennell has opened up about the last day on Orchard Lane, telling a radio show "
        "she “cried for a week” after her final scene.",
        "Speaking to a radio show, Marta Quennell said she “cried for a week” once the shoot on "
        "Orchard Lane was over.",
    ):
        found = _served(
            "Marta Quennell has said she “cried for a week” after the Orchard Lane wrap.",
            body,
            "The series, from director Osric Pellow, returns in May.",
        )
        assert found.count(("cried for a week", "Marta Quennell")) == 1, found


def test_the_same_words_from_two_speakers_stay_two_quotes() -> None:
    found = _served(
        "Marta Quennell said the shoot was “the best summer”. Her co-star Lior Abend-Tate, "
        "asked the same, also called it “the best summer”.",
    )
    speakers = {speaker for text, speaker in found if text == "the best summer"}
    assert "Marta Quennell" in speakers, found
    assert len([t for t, _ in found if t == "the best summer"]) == len(speakers), found
