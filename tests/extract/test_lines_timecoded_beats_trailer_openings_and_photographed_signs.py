"""Lines the work speaks, told in a viewer's beat list, a trailer-set sentence, a part's line to
another part, and words on a photographed thing: none of them anyone's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_timecoded_beat_of_a_trailer_breakdown_is_the_work_s() -> None:
    found = facts(
        "Teaser timestamps: every beat we spotted, frame by frame.",
        "0:14 - Wrexa on the ferry deck with her uncle, who mutters “The tide turned early.”",
        "[1:05] Cato Fenwold by the lighthouse door: “Nobody rows out after dark.”",
        "(2:10) the grandmother, barely audible: “Leave the lamp lit, pet.”",
        "3:48 — Linnet (Ada Vale, incredible) in the chapel: “You knew all along.”",
    )
    assert served_quotes(found) == []


def test_a_live_blog_s_clock_entry_keeps_a_real_quote() -> None:
    for heading, entry in (
        ("Live: the premiere as it happens.", "19:42 – Ada Vale on the carpet: “I am terrified.”"),
        ("Live: the premiere as it happens.", "5:45 – Ada Vale on the carpet: “I am terrified.”"),
        (
            "Festival night live – all the latest updates from the red carpet.",
            "3:12 - Ada Vale tells us: “I am terrified, honestly.”",
        ),
        (
            "Awards live blog: the trailer for next year's show and every winner.",
            "0:40 — Ada Vale, clutching her prize: “I am terrified of speeches.”",
        ),
    ):
        found = facts(heading, entry)
        assert [text for text, _ in served_quotes(found)] == ["I am terrifi"], entry


def test_a_time_of_day_in_a_sentence_keeps_a_real_quote() -> None:
    found = facts(
        "At 9:30 - just before the premiere - Ada Vale told reporters: “I am terrified.”",
    )
    assert [text for text, _ in served_quotes(found)] == ["I am terrifi"]


def test_a_sentence_set_in_the_trailer_is_the_work_s() -> None:
    found = facts(
        "Saltmarsh returns to ITV next month.",
        "In the trailer, out on Monday, Ives snarls at the crew: “Nobody sleeps tonight.”",
        "In the new teaser, Agnes turns to her mother and says, “I was never coming back.”",
    )
    assert served_quotes(found) == []


def test_a_part_s_line_to_another_part_in_the_trailer_is_the_work_s() -> None:
    found = facts(
        "Pia Salo plays Agnes, a widow with a secret.",
        'Her line to Tomas in the trailer, "Every road out of here comes back," is already '
        "everywhere.",
        "His lines to the captain from the teaser – “Hold the bow” – got the biggest laugh.",
    )
    assert served_quotes(found) == []


def test_a_photo_of_a_sign_reading_words_is_the_sign_s() -> None:
    found = facts(
        "The best wrap posts of the week.",
        "Ada Vale shared a photo of a clapperboard reading “Day 40 – WRAP” with thanks to her "
        "crew.",
        "Tom Reed posted a picture of the slate which read “THAT'S A WRAP” on Friday.",
    )
    assert served_quotes(found) == []
