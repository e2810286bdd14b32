"""A quote a rule leaves to no one takes the words going on from it along; no one else's."""

from __future__ import annotations

from bot.extract.unsaid_runs import unsaid_with_runs
from bot.facts import QuoteFact, SourceKind


def _quote(text: str, speaker: str, *, goes_on: bool = False) -> QuoteFact:
    return QuoteFact(text, speaker, SourceKind.PERSON, "", continues_previous=goes_on)


def test_the_run_from_an_unsaid_quote_is_unsaid_and_the_next_speaker_keeps_theirs() -> None:
    quotes = [
        _quote("The tide came in early.", "Ines Marlow"),
        _quote("We lost the light by four.", "Ines Marlow", goes_on=True),
        _quote("Nobody minded.", "Ines Marlow", goes_on=True),
        _quote("It was the best day of the shoot.", "Tove Arden", goes_on=True),
        _quote("Ask me again tomorrow.", "Ines Marlow"),
    ]
    found = unsaid_with_runs(quotes, lambda fact: fact.text.startswith("The tide"))
    assert [fact.speaker for fact in found] == ["", "", "", "Tove Arden", "Ines Marlow"]


def test_the_rule_is_asked_of_every_quote_outside_a_run_in_order() -> None:
    quotes = [_quote("One.", "Ines Marlow"), _quote("Two.", "Ines Marlow", goes_on=True)]
    asked: list[str] = []
    found = unsaid_with_runs(quotes, lambda fact: asked.append(fact.text) is not None)
    assert asked == ["One.", "Two."]
    assert found == quotes
