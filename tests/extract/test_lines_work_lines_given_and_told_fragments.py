"""Words in marks that are the work's line or no one's: a part's "sharpest line, muttered over a
newspaper: “...”", footage that "includes a line of Ada's that fans repeat: “...”", and a short
phrase after the writer's "we are told" or "we're told" ("the lodger brings what is, we are
told, “a plan”"). A person's best line at a panel and an answer told to the crowd stay
served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The Lantern Row had its premiere in London on Tuesday night."


def _served(*paragraphs: str) -> list[str]:
    return [text for text, _ in served_quotes(facts(_LEDE, *paragraphs))]


def test_a_parts_best_line_delivered_from_somewhere_is_the_works() -> None:
    assert (
        _served(
            "Odile Brannagh's Ruth has the episode's sharpest line, muttered over a newspaper: "
            "“Drowning is mostly paperwork.”"
        )
        == []
    )


def test_a_parts_closing_line_sung_or_whispered_is_the_works() -> None:
    for sentence in (
        "As Ruth, Odile Brannagh saves the closing line, sung to a herd of cows: “Nobody "
        "leaves before the tide.”",
        "Tomas Reyne's key line, whispered through a letterbox: “I kept the receipt.”",
    ):
        assert _served(sentence) == [], sentence


def test_a_parts_best_line_spoken_to_a_mirror_is_the_works() -> None:
    assert (
        _served(
            "Tomas Reyne has the best line in the second act, spoken to a mirror: “You were "
            "never the hero of this.”"
        )
        == []
    )


def test_a_trailer_that_includes_a_parts_phrase_gives_the_works_line() -> None:
    assert (
        _served(
            "The teaser, now past five million views, includes a line of Ruth's that fans keep "
            "quoting: “The light stays on whatever happens.”"
        )
        == []
    )


def test_a_clip_that_features_one_phrase_gives_the_works_line() -> None:
    assert (
        _served(
            "The new clip features one phrase from Abel that has gone everywhere: “Get in the "
            "boat and don't look back.”"
        )
        == []
    )


def test_a_short_phrase_we_are_told_is_no_ones_quote() -> None:
    assert (
        _served(
            "Jonas Whitcombe's lodger turns up in episode two carrying what is, we are told, "
            "“a plan”. Nobody asks what it is."
        )
        == []
    )


def test_a_short_phrase_were_told_is_no_ones_quote() -> None:
    assert (
        _served("Mara Quill plays a widow who keeps, we’re told, “a ledger of grudges” and a boat.")
        == []
    )


def test_a_best_line_told_to_the_crowd_is_still_a_quote() -> None:
    assert (
        _served(
            "The best line of the night, delivered by Hana Velde to the crowd: “We made this for "
            "everyone who ever felt stuck.”"
        )
        != []
    )


def test_a_person_telling_the_crowd_is_still_a_quote() -> None:
    assert _served("Hana Velde told the crowd the film was “a love letter to small towns”.") != []


def test_a_best_line_delivered_off_screen_is_still_a_quote() -> None:
    for sentence in (
        "Hana Velde saved her best line, delivered to reporters on the red carpet: “I wrote "
        "the ending in a car park.”",
        "Jonas Whitcombe had the sharpest line of the week, spoken to journalists outside: “We "
        "ran out of money twice.”",
        "Mara Quill's funniest line, delivered to fans at the signing: “Bring snacks next time.”",
        "Tomas Reyne's closing line, delivered to the waiting press: “See you at the sequel.”",
    ):
        assert _served(sentence) != [], sentence
