"""Quotes on invented text: a span that sets the scene and ends in the pronoun doing the saying
("In a letter to readers on Sunday she wrote:") is the pronoun's, resolved like any "she
wrote", never an unnamed source called "a letter to readers on Sunday she"; two people joined
("Pell and she") are not read as the pronoun alone."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LETTER = (
    "Ottoline Varga has finished the last book of the Gullhaven series.",
    "In a letter to readers on Sunday she wrote: “The lighthouse stays lit. Nobody drowns.”",
)


def test_the_scene_setting_span_is_the_pronouns() -> None:
    found = facts(*_LETTER, date="2026-02-01", title="Gullhaven ends")
    quote = next(q for q in found.quotes if q.text.startswith("The lighthouse"))
    assert quote.speaker == "Ottoline Varga", quote
    assert quote.source is SourceKind.PERSON, quote


def test_no_unnamed_source_ends_in_a_pronoun() -> None:
    found = facts(*_LETTER, date="2026-02-01", title="Gullhaven ends")
    assert not any(q.speaker.endswith(" she") for q in found.quotes), found.quotes


def test_two_people_joined_are_not_the_pronoun_alone() -> None:
    found = facts(
        "Ottoline Varga met the producer Bram Ketteridge in Leeds.",
        "Over lunch Ketteridge and she agreed: “Nobody drowns.”",
        date="2026-02-01",
        title="Gullhaven ends",
    )
    assert not any(
        q.text.startswith("Nobody drowns") and q.speaker == "Ottoline Varga" and q.served
        for q in found.quotes
    ), found.quotes
