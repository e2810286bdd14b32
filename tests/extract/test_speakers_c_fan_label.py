"""Quotes on invented text: a vox pop's "Fan Jo, 19," is the fan Jo even when the page never
says "fans" elsewhere; the quote is never credited to someone named "Fan Jo"."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.titled_names import untitled
from tests.extract.helpers import article, facts, served_quotes


def test_a_fan_label_before_a_first_name_comes_off_without_a_plural() -> None:
    found = served_quotes(
        facts(
            "Live: the red carpet for Marram Bay opens at the Regal in Hove tonight.",
            "17:55 Fan Odile, 21, from Worthing, got here before lunch. “I binged the whole "
            "thing in a weekend,” she told us. “Tonight I get to say goodbye.”",
            title="Marram Bay premiere: live",
        )
    )
    assert ("I binged the", "Odile") in found
    assert not any(speaker == "Fan Odile" for _, speaker in found)


def test_a_first_name_after_another_word_still_needs_its_plural() -> None:
    text = "Rambler Odile, 21, waved from the barrier. Fan Odile, 21, cheered."
    assert untitled("Rambler Odile", build_doc(article(text))) == "Rambler Odile"
    assert untitled("Fan Odile", build_doc(article(text))) == "Odile"
