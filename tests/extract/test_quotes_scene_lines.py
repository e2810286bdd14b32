"""Words a work gives, not a person: a trailer's line, a scene's; and a speech as what someone
said it with, not who said it."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(found):
    return [(q.text[:14], q.speaker) for q in found.quotes if q.served]


def _held(found):
    return [q.text[:14] for q in found.quotes if not q.served]


def test_a_trailer_line_told_as_a_scene_is_held() -> None:
    found = facts(
        "The first trailer for Harbour Lights arrived this morning.",
        "Dev Marlow did not post, but the studio clipped his one scene in the trailer, as "
        "Captain Renshaw tells his daughter, “Hold the rope and don’t let go.” Fans wept.",
    )
    assert _held(found) == ["Hold the rope "]
    assert _served(found) == []


def test_a_teaser_scene_to_kin_with_a_colon_is_held() -> None:
    found = facts(
        "The Saltmarsh teaser landed at noon.",
        "The footage is brief: a kitchen, a storm, and a final beat as Mother Agathe warns her "
        "sons: “Nobody sails tonight.”",
    )
    assert _held(found) == ["Nobody sails t"]


def test_a_line_named_as_the_footages_line_is_held() -> None:
    found = facts(
        "The Harbour Lights teaser is out.",
        "EDIT: The teaser is now on YouTube. Ruth’s line at the end, “Nobody leaves this "
        "island”, is already a meme.",
    )
    assert _held(found) == ["Nobody leaves "]
    found = facts(
        "A new clip from Saltmarsh was released today.",
        "The clip is mostly weather, but it closes on her one line: “The tide takes what it "
        "likes.”",
    )
    assert _held(found) == ["The tide takes"]


def test_a_persons_line_without_footage_is_still_theirs() -> None:
    found = facts(
        "Writer Maya Thornbury spoke at the Harbour Lights panel on Saturday.",
        "Thornbury told the room she had rewritten the ending twice. “It was never finished "
        "until the last day,” she said.",
    )
    assert _served(found) == [("It was never f", "Maya Thornbury")]


def test_a_speech_is_what_the_subject_speaks_with() -> None:
    found = facts(
        "Harbour Lights premiered in Leeds on Friday night.",
        "On stage, Maya Thornbury opened the evening with a brief speech thanking “everyone "
        "who ever sent a letter to the cast”, before the lights went down.",
    )
    assert _served(found) == [("everyone who e", "Maya Thornbury")]
    found = facts(
        "Saltmarsh opened the Tidewater festival on Thursday.",
        "Director Oskar Lindqvist-Hale closed the night with a toast thanking “the fishermen "
        "who lent us their boats”.",
    )
    assert _served(found) == [("the fishermen ", "Oskar Lindqvist-Hale")]


def test_one_fan_with_words_is_still_the_fan() -> None:
    found = facts(
        "The Saltmarsh finale aired on Sunday.",
        "Reaction was warm, with one viewer calling it “the best hour of television this year”.",
    )
    assert _served(found) == [("the best hour ", "one viewer")]
