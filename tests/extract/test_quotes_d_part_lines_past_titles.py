"""A part who acts and then speaks, with an episode's title in marks set off between ("when Dilys
crosses the yard in episode two, “The Thaw”, and says “...”"), speaks a line of the work; a
person who does the same at a panel is quoted."""

from __future__ import annotations

from tests.extract.helpers import quote_speakers


def test_a_part_speaking_after_an_episode_title_is_held() -> None:
    found = quote_speakers(
        "Branwen Ellis plays Dilys, the farm's stubborn owner, in Cold Acre.",
        "When Dilys crosses the yard in episode two, “The Thaw”, and says “This land keeps "
        "what it is given,” you feel it.",
    )
    assert found["This land keeps what it is given"][1] is False


def test_a_person_speaking_after_a_titled_aside_is_quoted() -> None:
    found = quote_speakers(
        "Branwen Ellis plays Dilys, the farm's stubborn owner, in Cold Acre.",
        "Branwen Ellis closed the panel after episode two, “The Thaw”, and said: “We are back "
        "in the yard next spring.”",
    )
    assert found["We are back in the yard next spring."] == ("Branwen Ellis", True)
