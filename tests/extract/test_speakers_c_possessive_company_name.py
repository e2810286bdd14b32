"""Quotes on invented text: "Producer Ada Vale of Piper's Row Films has said ... “...”" is the
producer's; a company whose own name holds a possessive is still the company after her name,
never a speaker cut out of it ("Row Films"). A plain company name works as before."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Cairn Water, a drama about a drowned village, opens in cinemas on Friday."


def _first(paragraph: str) -> tuple[str, SourceKind]:
    found = facts(_LEDE, paragraph, title="Cairn Water review").quotes
    return found[0].speaker, found[0].source


def test_a_company_named_with_a_possessive_stays_the_producers_company() -> None:
    assert _first(
        "Producer Tamsin Aldous of Cobbler's Yard Pictures has said she wanted it to "
        "“sit with people for days”."
    ) == ("Tamsin Aldous", SourceKind.PERSON)


def test_a_plain_company_name_is_unchanged() -> None:
    assert _first(
        "Producer Tamsin Aldous of Yardley Pictures has said she wanted it to "
        "“sit with people for days”."
    ) == ("Tamsin Aldous", SourceKind.PERSON)
