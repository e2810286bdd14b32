"""Quotes and their speakers on invented text: a capitalised phrase led by a preposition ("With
Harbour Lights, ...") is a title or a place, never the person a later "he says" stands for."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_title_after_a_preposition_is_no_speaker() -> None:
    for lede in (
        "With Harbour Lights Returns, they are calling it a day.",
        "After Lantern Row Forever, the pair are going their own ways.",
    ):
        found = facts(
            "Mara Quill and Tobias Wren have made three films together.",
            lede,
            "“It felt like an ending,” he says. “We laughed the whole day.”",
            date="2026-03-02",
            title="Saying goodbye: the last shoot",
        )
        speakers = {q.speaker for q in found.quotes}
        assert not speakers & {"Harbour Lights Returns", "Lantern Row Forever"}, speakers
