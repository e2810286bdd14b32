"""In a piece about footage, a line a voice speaks, a part named with its actor in brackets, a
part that jokes, or a part speaking to a first name before a colon is the work's, held; a
person speaking of the trailer is still served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Trailer breakdown: every frame of The Gullhouse"


def test_words_a_voice_whispers_are_held() -> None:
    found = facts(
        "Lumen has released the first trailer for The Gullhouse.",
        "Petra Lindqvist-Ameh is Mara Quell, a lighthouse keeper. “The lamp remembers who lit "
        "it,” a voice whispers as she climbs the stair.",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_voice_before_a_colon_is_held() -> None:
    found = facts(
        "Lumen has released the first trailer for The Gullhouse.",
        "An old man's voice: “Nobody keeps the light for ever.” Then the title.",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_part_with_its_actor_in_brackets_is_held() -> None:
    found = facts(
        "Lumen has released the first trailer for The Gullhouse.",
        "- Wren (Odile Fairbrass!!) snapping “Told you it would rain” at the gate.",
        title=_TITLE,
    )
    assert served_quotes(found) == []
    clip = facts(
        "The Gullhouse is out today.",
        "Lumen has shared a clip of Wren (Odile Fairbrass) telling her father, ‘You can stop "
        "guarding me now.’ Fans are in pieces.",
    )
    assert served_quotes(clip) == []


def test_a_part_joking_in_the_trailer_is_held() -> None:
    found = facts(
        "Lumen has released the first trailer for The Gullhouse.",
        "Odile Fairbrass plays Wren, Mara's sister. “You'll miss the gulls,” Wren jokes, in the "
        "trailer's one light moment.",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_part_to_a_first_name_before_a_colon_is_held() -> None:
    found = facts(
        "Lumen has released the first trailer for The Gullhouse.",
        "Casimir Doyle plays the keeper's son, Ansel Quell.",
        "Ansel to Mara: “We don't let the lamp go out, not even for the dead.”",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_a_person_in_brackets_giving_their_view_is_still_served() -> None:
    found = facts(
        "Lumen has released the first trailer for The Gullhouse.",
        "“We cut it to feel like a storm coming in,” the director, Hollis Brandvold, said of the "
        "trailer.",
        title=_TITLE,
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Hollis Brandvold"]
