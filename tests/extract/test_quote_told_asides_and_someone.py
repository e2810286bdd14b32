"""Quotes on invented text: a described someone after a name and its comma is the name's
description; words the subject "had been told", or a short phrase the writer puts "not" before,
are held; a parenthetical aside after a name is no speaker; "according to X, told" is X
relaying the subject's words; someone who shouts after the attribution speaks the words."""

from __future__ import annotations

from tests.extract.helpers import quote_speakers


def test_a_description_after_a_name_is_no_new_subject() -> None:
    for described in ("a 19-year-old drama student from Hull", "an art student from Cork"):
        found = quote_speakers(
            "Newcomer Tilly Marsh plays the rival captain in Copper Bay.",
            f"Marsh, {described}, remembers her first read. “I was shaking,” she says.",
        )
        assert found["I was shaking"][0] == "Tilly Marsh", described


def test_words_told_to_the_subject_are_held() -> None:
    for told in ("who had been told the audition was", "who was told the meeting would be"):
        found = quote_speakers(
            "Copper Bay wrapped on Friday.",
            f"Tilly Marsh, {told} “a quick hello”, arrived in her best coat.",
        )
        assert not found["a quick hello"][1], told


def test_a_phrase_the_writer_sets_aside_is_held() -> None:
    found = quote_speakers(
        "Copper Bay wrapped on Friday.",
        "- The film is on Lumen this Saturday, 9 May. Not “sometime in spring”, Saturday.",
    )
    assert not found["sometime in spring"][1]


def test_a_parenthetical_after_a_name_is_no_speaker() -> None:
    found = quote_speakers(
        "Copper Bay premiered last night.",
        "Tilly (the Wren actress, for anyone new here) told Glamour: “I cried all the way "
        "through it.”",
    )
    speaker, _ = found["I cried all the way through it."]
    assert "anyone" not in speaker


def test_according_to_an_outlet_then_told_is_not_the_outlets_words() -> None:
    found = quote_speakers(
        "Copper Bay premiered last night.",
        "Rosa Vint arrived late and, according to Glamour, told a steward to “mind the "
        "hem, darling”.",
    )
    assert found["mind the hem, darling"][0] != "Glamour"


def test_someone_shouting_after_the_attribution_speaks() -> None:
    for verb in ("someone shouted", "everybody shouted"):
        found = quote_speakers(
            "Copper Bay premiered last night.",
            f"Variety reported that Vint laughed when {verb} “make a sequel!” from the back.",
        )
        assert found["make a sequel!"][0] != "Variety", verb
