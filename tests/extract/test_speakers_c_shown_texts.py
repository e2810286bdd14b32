"""Quotes on invented text: words one shows from another ("she shows me a text from him:") are
the sender's, never the one who shows them; her own words after still are hers."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Marisol Quennell-Abara on her first lead role, in the fishing drama Tidewrack."


def _readings(line: str) -> dict[str, str]:
    found = facts(
        _LEDE,
        "“I cried at the read-through,” Quennell-Abara laughs.",
        "Her old drama teacher, Lorcan Breslin, has been watching. " + line,
        date="2026-03-19",
    )
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


def test_a_text_shown_from_another_is_not_the_shower() -> None:
    said = _readings("Quennell-Abara shows me a message from him: “told you so, kid”.")
    assert said.get("told you so,", "") != "Marisol Quennell-Abara", said


def test_her_own_words_after_showing_are_hers() -> None:
    said = _readings("Quennell-Abara shows me his card. “I keep it in my coat,” she says.")
    assert said.get("I keep it in") == "Marisol Quennell-Abara", said
