"""A quote credited as a person's to a part the cast plays, a work's title, or a channel or
streamer named whole ("Netflix") is no one's; an actor who plays themselves keeps the
credit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from bot.extract.person_checks import person_or_none
from bot.facts import CastFact, QuoteFact, SourceKind
from tests.extract.helpers import facts


@dataclass
class _Resolver:
    cast: tuple[Any, ...] = ()
    _characters: set[str] = field(default_factory=set)


def _fact(speaker: str) -> QuoteFact:
    return QuoteFact("I never once got it right.", speaker, SourceKind.PERSON, "he laughed")


def test_a_part_credited_as_a_person_is_unattributed() -> None:
    resolver = _Resolver(_characters={"Hester Crane", "Brackwater Forever"})
    for name in ("Hester Crane", "Brackwater Forever"):
        checked = person_or_none(cast(Any, resolver), _fact(name))
        assert checked.source is SourceKind.UNATTRIBUTED and not checked.speaker


def test_a_channel_credited_as_a_person_is_unattributed() -> None:
    for name in ("Netflix", "BBC Two"):
        checked = person_or_none(cast(Any, _Resolver()), _fact(name))
        assert checked.source is SourceKind.UNATTRIBUTED and not checked.speaker


def test_an_actor_playing_themselves_and_a_plain_person_keep_the_credit() -> None:
    fake = cast(CastFact, type("C", (), {"actor": "Dov Ashcombe"})())
    resolver = _Resolver(cast=(fake,), _characters={"Dov Ashcombe"})
    for name in ("Dov Ashcombe", "Mina Ostrander"):
        checked = person_or_none(cast(Any, resolver), _fact(name))
        assert (checked.speaker, checked.source) == (name, SourceKind.PERSON)


def test_a_streamer_statement_is_not_a_persons_words() -> None:
    found = facts(
        "Netflix has confirmed that Brackwater, starring Mina Ostrander, will end with a film.",
        "Netflix has not said who will direct. A company statement said only that the film "
        "would “close the book on the Fenhurst years”.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("close the book"))
    assert not (quote.served and quote.source is SourceKind.PERSON)
