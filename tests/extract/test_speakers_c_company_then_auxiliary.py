"""Quotes on invented text: "Producer Ada Vale of Lumen Films has posted a photo. Her caption:
“...”" is the producer's caption; the company after the name, and an auxiliary before the verb,
leave her the clause's subject, so no name from an earlier paragraph is taken instead."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Filming on Cairn Water has ended. Kit Dane plays Ned and Ola Reyes plays Imogen."


def _speakers(paragraph: str) -> list[str]:
    return [q.speaker for q in facts(_LEDE, paragraph, title="Cairn Water wraps").quotes]


def test_a_named_producer_of_a_company_who_has_posted_owns_the_caption() -> None:
    assert _speakers(
        "Producer Wren Castell of Harrow Pictures has shared a picture of the crew. Her caption: "
        "“Nine weeks, one storm, no regrets.”"
    ) == ["Wren Castell"]


def test_without_the_company_the_producer_still_owns_it() -> None:
    assert _speakers(
        "Producer Wren Castell has shared a picture of the crew. Her caption: “Nine weeks, one "
        "storm, no regrets.”"
    ) == ["Wren Castell"]
