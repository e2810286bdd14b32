"""A work's dedication in marks ("The film is dedicated “to ...”") and a line of a written text
("One line in her diary, “...”") are writing, no one's quote; a dedication said at a podium and
a line of someone's speech stay quotes."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Ten things we learned from Copperfen, the fenland drama out this week."


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs, date="2026-05-02", title="Copperfen: ten things")
    return [(q.text, q.speaker) for q in found.quotes if q.served]


def test_a_works_dedication_in_the_passive_is_not_a_quote() -> None:
    for lead in ("The film is dedicated", "The dedication reads"):
        served = _served(
            "Director Halla Brekke shot it in eleven days.",
            f"{lead} “to every lock-keeper who ever waved at a barge.” Bring tissues.",
        )
        assert not any(text.startswith("to every lock-keeper") for text, _ in served), served


def test_a_dedication_said_at_a_podium_stays_a_quote() -> None:
    served = _served(
        "Accepting the prize, director Halla Brekke dedicated it “to my father, who taught me"
        " to row,” before leaving the stage.",
    )
    assert any(text.startswith("to my father") for text, _ in served), served


def test_a_line_of_a_diary_is_not_a_quote() -> None:
    for line in (
        "Her grandmother kept a diary through the war. One line in it, “the reeds remember"
        " everything”, became the title card.",
        "One line in her diary, “the reeds remember everything”, became the title card.",
    ):
        served = _served("Writer Oda Fenwick based the script on family papers.", line)
        assert not any(text.startswith("the reeds remember") for text, _ in served), served


def test_a_line_of_a_speech_stays_a_quote() -> None:
    served = _served(
        "Writer Oda Fenwick gave a speech at the premiere. One line in it, “the reeds remember"
        " everything”, got a standing ovation, she said.",
    )
    assert any(text.startswith("the reeds remember") for text, _ in served), served
