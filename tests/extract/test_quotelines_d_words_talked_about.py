"""Quotes on invented text: a word whose meaning the sentence tells ("Ada has said “always”
means always") and a fan theory's claim ("the theory that Pell is “the heir all along”") are
talked about, not said: held. A word someone uses as her own remark stays hers."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Director Oren Task on the last season of Tidewell and what comes after."


def _found(*paragraphs: str) -> tuple[list[tuple[str, str]], set[str]]:
    found = facts(_LEDE, *paragraphs, date="2026-06-01")
    return served_quotes(found), {q.text for q in found.quotes if not q.served}


def test_a_word_whose_meaning_is_told_is_held() -> None:
    served, held = _found(
        "Is this the end of Tidewell? For this story, yes: Mina Brell has said “finished” means"
        " finished, and Task believes her.",
    )
    assert "finished" in held, served


def test_a_fan_theorys_claim_is_held() -> None:
    served, held = _found(
        "Task was asked about the fan theory, popular online, that Pell is “the heir all"
        " along.” He smiled: “Read the books again.”",
    )
    assert "the heir all along." in held, served
    assert any(text.startswith("Read the boo") for text, _ in served), served
