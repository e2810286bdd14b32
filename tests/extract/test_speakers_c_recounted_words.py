"""Quotes on invented text: words the sayer recounts another telling them ("She recounts him
telling her she was “...”") are the other's, never the sayer's; the sayer's own recounting,
with no one else's telling, keeps them."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Actor Perpetua Nwankwo-Hale on her last week at the Gullstone Players."


def _speakers(line: str) -> dict[str, str]:
    found = facts(
        _LEDE,
        "Nwankwo-Hale joined the company at nineteen. “I was terrified,” she says.",
        line,
        date="2026-05-06",
    )
    return {q.text[:14]: q.speaker for q in found.quotes if q.served}


def test_words_recounted_from_another_are_not_the_sayers() -> None:
    said = _speakers(
        "Her old director, Amos Treleaven, is a fan. Nwankwo-Hale recounts him telling her "
        "she was “the loudest quiet person in Truro”."
    )
    assert said.get("the loudest qu", "") != "Perpetua Nwankwo-Hale", said


def test_the_sayers_own_recounting_keeps_her_words() -> None:
    said = _speakers(
        "Nwankwo-Hale recounts the first night with a grin: “the loudest quiet night of my life”."
    )
    assert said.get("the loudest qu") == "Perpetua Nwankwo-Hale", said
