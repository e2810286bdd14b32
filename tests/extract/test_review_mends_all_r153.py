"""Review mends of round 153 (invented text): an actor shown in a part who reflects on the shoot
or tells a magazine keeps their words; a casting whose sentence says the actor then left a room,
not the part, stays current; a maker credited on our work and then said to be directing another
work for the first time keeps the credit; a story a "that" only describes is no report giving
the words another author; a stock phrase fans have taken to calling something, with no
determiner, is no one's."""

from __future__ import annotations

from bot.facts import CastStatus, QuoteFact
from tests.extract.helpers import credits, facts, served_statuses

_DATE = "2026-03-01"
_LEDE = "Ingrid Solberg stars in Saltglass, Tidewater's new drama, as Wren Alder."


def _quote(*paras: str, start: str) -> QuoteFact:
    found = facts(_LEDE, *paras, date=_DATE)
    return next(q for q in found.quotes if q.text.startswith(start))


def test_an_actor_playing_a_part_reflecting_on_the_shoot_keeps_their_words() -> None:
    quote = _quote(
        "Kasper Lund, playing the harbourmaster, reflects on the shoot: “It felt like coming "
        "home after all these years.”",
        start="It felt like",
    )
    assert quote.served and quote.speaker == "Kasper Lund"


def test_a_casting_then_leaving_a_room_stays_current() -> None:
    found = facts(
        _LEDE,
        "Kasper Lund was cast as Orvo, and he left the audition room shaking with nerves, he "
        "recalls.",
        date=_DATE,
    )
    assert served_statuses(found).get(("Kasper Lund", "Orvo")) is CastStatus.CURRENT


def test_a_credit_on_ours_then_a_first_time_on_a_network_series_is_kept() -> None:
    found = facts(
        "Ingrid Solberg stars in Saltglass, a new Tidewater drama, as Wren Alder.",
        "Saltglass is directed by Mara Dunn, who is directing a Corvane series for the first time.",
        date=_DATE,
        title="Saltglass: Ingrid Solberg leads Tidewater's new drama",
    )
    assert ("director", "Mara Dunn") in credits(found)


def test_a_story_a_that_only_describes_leaves_the_words_the_speakers() -> None:
    quote = _quote(
        "Solberg describes the story that drew her to the part as “a fairy tale with teeth”.",
        start="a fairy tale",
    )
    assert quote.speaker == "Ingrid Solberg"


def test_what_fans_have_taken_to_calling_is_no_ones_words() -> None:
    quote = _quote(
        "Solberg, 41, is used to what fans have taken to calling “the Solberg stare”.",
        start="the Solberg stare",
    )
    assert not quote.served
