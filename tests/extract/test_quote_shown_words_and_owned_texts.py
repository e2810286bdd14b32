"""Quotes on invented text: a few words in marks closing a sentence no speech verb opens (a
title in passing, a word a listing showed) are held, not served as anyone's words; a "they"
after a sentence about someone's newsletter is that someone, never an older subject."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_few_words_shown_in_marks_are_held() -> None:
    for line in (
        "• The title. For now it is only ever “the Saltmarsh sequel”.",
        "A Prime Video page in Spain briefly displayed “otoño 2026” last night.",
    ):
        found = facts(
            "Saltmarsh 2 finished filming in Whitby this week.",
            line,
            date="2026-03-02",
            title="Saltmarsh 2 wraps",
        )
        served = [q.text for q in found.quotes if q.served]
        assert not served, served
        assert found.quotes, found.quotes


def test_words_someone_says_are_still_served() -> None:
    found = facts(
        "Saltmarsh 2 finished filming in Whitby this week.",
        "Director Tamsin Rook said the shoot was “brutal”.",
        date="2026-03-02",
        title="Saltmarsh 2 wraps",
    )
    served = [(q.text, q.speaker) for q in found.quotes if q.served]
    assert served == [("brutal", "Tamsin Rook")], served


def test_they_after_an_unknown_owners_newsletter_is_no_older_subject() -> None:
    for opener in ("Update: Morwenna's blog just went live.", "Morwenna's newsletter is out."):
        found = facts(
            "Oskar Lindqvist (the editor) shared some stills from the cutting room.",
            f"{opener} They wrote that the crew “never once lost their nerve” in the storms.",
            date="2026-03-02",
            title="Saltmarsh 2 wraps",
        )
        pairs = [(q.text[:10], q.speaker) for q in found.quotes]
        assert ("never once", "Oskar Lindqvist") not in pairs, pairs


def test_wordings_set_side_by_side_as_examples_are_held() -> None:
    for line in (
        "Put what the photo shows in the title (“Nell on the harbour wall” not “OMG LOOK”).",
        "Title posts plainly, “Nell on the harbour wall” rather than “you won't believe this”.",
    ):
        found = facts("Filming on Copper Bay began on Monday.", line)
        assert not any(q.served for q in found.quotes), line


def test_a_speakers_words_beside_a_denial_are_still_served() -> None:
    found = facts(
        "Filming on Copper Bay began on Monday.",
        "Brisa Talvane said: “We are on the harbour wall, not in a studio.”",
    )
    assert [(q.speaker, q.served) for q in found.quotes] == [("Brisa Talvane", True)]
