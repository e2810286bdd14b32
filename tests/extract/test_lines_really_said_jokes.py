"""A fan's "X really said “...”" in a post, a reply or the fan's own quotation puts a joke
voice in someone's mouth: a summary of what the person or the work did, in words no one said.
It is held; "X said" with no "really", or "really said" in news copy, is a report of words said."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Fans have been reacting to the first trailer for The Lantern Row, out on Tuesday."


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, *paragraphs))


def test_a_composer_really_said_is_a_joke_not_a_quote() -> None:
    assert (
        _served(
            "u/ferrylights: the music in this is unreal. Hana Velde really said “cry now, ask "
            "questions later”"
        )
        == []
    )


def test_a_director_really_says_is_a_joke_not_a_quote() -> None:
    assert (
        _served(
            "One reply summed it up: Jonas Whitcombe really says 'no happy endings here' and "
            "meant it."
        )
        == []
    )


def test_plain_said_is_still_a_quote() -> None:
    assert _served("Director Hana Velde said: “I wanted the village to feel like a trap.”") == [
        ("I wanted the", "Hana Velde")
    ]


def test_a_fans_nested_really_said_is_a_joke_not_a_quote() -> None:
    served = _served(
        "Another viewer posted a still from the final scene: “Hana Velde really said ‘nobody "
        "leaves this village’ and then made us leave it.”"
    )
    assert all(not text.startswith("nobody leaves") for text, _ in served)


def test_a_tweeted_really_says_is_a_joke_not_a_quote() -> None:
    assert _served("@lanternrowfan tweeted: Jonas Whitcombe really says “no sequel” huh") == []


def test_really_said_in_news_copy_is_still_a_quote() -> None:
    assert _served("Asked if she would return, Hana Velde really said: “Never say never.”") == [
        ("Never say ne", "Hana Velde")
    ]


def test_really_said_after_a_question_is_still_a_quote() -> None:
    assert _served(
        "Jonas Whitcombe really said, “I would do it all again tomorrow,” when asked about the "
        "river stunt."
    ) == [("I would do i", "Jonas Whitcombe")]


def test_a_thread_comment_under_its_header_really_said_is_a_joke() -> None:
    assert (
        _served(
            "u/harbourlights_22 · 900 points",
            "the ferry shot alone. Hana Velde really said “be sad in widescreen”",
        )
        == []
    )


def test_really_said_to_a_fans_question_is_still_a_quote() -> None:
    assert _served(
        "Asked by a fan at the panel whether she would return, Hana Velde really said: "
        "“Absolutely, if they ask me.”"
    ) == [("Absolutely, ", "Hana Velde")]


def test_really_said_about_a_post_credits_scene_is_still_a_quote() -> None:
    assert _served(
        "In the post-credits scene everyone asks about, Hana Velde really said: “That was the "
        "studio's idea.”"
    ) == [("That was the", "Hana Velde")]


def test_really_said_after_a_fan_made_poster_is_still_a_quote() -> None:
    assert _served(
        "Shown a fan-made cake on stage, Jonas Whitcombe really said: “Frame it, please.”"
    ) == [("Frame it, pl", "Jonas Whitcombe")]
