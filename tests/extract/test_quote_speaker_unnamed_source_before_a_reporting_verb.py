"""Quotes on invented text: an unnamed source right before a reporting verb ("but our insider
claimed it ‘...’") says the words, never the sentence's named company or person."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quote(line: str) -> tuple[str, SourceKind, bool]:
    found = facts(
        "Lumen has ordered a second run of Quarrendon Street, its drama about a seaside lido.",
        line,
        date="2026-03-02",
        title="Quarrendon Street: when is it back?",
    )
    quote = next(q for q in found.quotes if q.text.startswith("could arrive"))
    return quote.speaker, quote.source, quote.served


def test_an_unnamed_source_before_the_verb_speaks() -> None:
    for sayer in ("our insider claimed", "our source said", "one insider has claimed"):
        speaker, source, _ = _quote(
            "Lumen bosses are yet to say when the series will return, "
            f'but {sayer} it "could arrive by autumn" next year.'
        )
        assert speaker != "Lumen", sayer
        assert source is SourceKind.UNNAMED, sayer


def test_the_named_company_saying_it_keeps_the_words() -> None:
    found = _quote('Lumen has no day yet, but it has said the series "could arrive by autumn".')
    assert found == ("Lumen", SourceKind.ORGANISATION, True)


def test_a_quoted_name_inside_what_the_source_claimed_is_not_served_as_theirs() -> None:
    found = facts(
        'One insider claimed Lumen bosses had floated a "back to the lido" special for 2028.',
        date="2026-03-02",
        title="Quarrendon Street: what next?",
    )
    served = [q for q in found.quotes if q.served and q.source is SourceKind.UNNAMED]
    assert not [q for q in served if q.text.startswith("back to the lido")]
