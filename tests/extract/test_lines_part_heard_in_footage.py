"""A trailer piece that says the viewer hears a part ("We only hear him once: “...”", "you hear
her just the once, “...”") gives the footage's line, the part's words and no one's quote, even
when the sentence before names the actor who plays the part. An interview heard elsewhere ("we
hear from the director:") is still the speaker's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Lantern Row trailer: six things we learned"
_LEDE = "The first trailer for The Lantern Row arrived on Tuesday, and it is a moody one."


def _served(*paragraphs: str) -> list[str]:
    return [text for text, _ in served_quotes(facts(_LEDE, *paragraphs, title=_TITLE))]


def test_we_only_hear_him_once_gives_the_parts_line() -> None:
    assert (
        _served(
            "Tomas Reyne appears as Inspector Hal Mercer, who turns up after the fire. "
            "We only hear him once: “Nobody in this village tells the truth. Not even you.”"
        )
        == []
    )


def test_you_hear_her_just_the_once_gives_the_parts_line() -> None:
    assert (
        _served(
            "Odile Brannagh plays the lighthouse keeper Ruth Pell. You hear her just the once, "
            "“The light stays on whatever happens.”"
        )
        == []
    )


def test_we_hear_the_part_by_name_gives_the_parts_line() -> None:
    assert (
        _served(
            "Jonas Whitcombe is the ferryman Abel Crane. Near the end we hear Abel: “Get in the "
            "boat and don't look back.”"
        )
        == []
    )


def test_hearing_from_the_director_is_still_a_quote() -> None:
    assert (
        _served(
            "Director Hana Velde spoke at the launch. We also hear from Velde: “I wanted the "
            "village to feel like a trap.”"
        )
        != []
    )


def test_we_hear_her_briefly_over_the_titles_gives_the_parts_line() -> None:
    assert (
        _served(
            "Mara Quill is the harbourmaster Edda Lowe. We hear her only briefly, over the "
            "title card: “The tide doesn't wait for anyone.”"
        )
        == []
    )


def test_we_hear_him_say_in_an_interview_line_is_still_a_quote() -> None:
    assert (
        _served(
            "Asked what fans should expect, we hear Velde say: “It felt like coming home to "
            "the village.”"
        )
        != []
    )


def test_we_hear_her_say_after_she_was_asked_is_still_a_quote() -> None:
    assert (
        _served(
            "Director Hana Velde was asked about the casting at the launch, and we hear her say: "
            "“I wanted faces nobody knew yet.”"
        )
        != []
    )


def test_hearing_someone_at_a_panel_is_still_a_quote() -> None:
    for sentence in (
        "After the screening we hear Hana Velde at the panel, asked about the ending: “I "
        "rewrote it the night before.”",
        "Halfway through the event you hear Velde, audibly moved, recall the last day: “We all "
        "cried at the wrap party.”",
        "Later we hear her in an interview with the station, pressed on a sequel: “Not yet, and "
        "maybe not ever.”",
    ):
        assert _served("Hana Velde directed The Lantern Row.", sentence) != [], sentence
