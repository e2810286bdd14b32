"""An unnamed speaker who gives a name is that person; held when the name is a first name alone
(no one the bot can tell apart); an age alone leaves them unnamed."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(found):
    return [(q.text[:12], q.served, q.speaker, q.source) for q in found.quotes]


def test_a_fan_who_gives_a_full_name_is_that_person() -> None:
    found = facts(
        "Filming for Harbour Lights took over Marrowby on Tuesday.",
        "Fans lined the quay. One, who gave his name as Reuben Hale from Leeds, told us: "
        "“This is the best day of my life.”",
    )
    assert _quotes(found) == [("This is the ", True, "Reuben Hale", SourceKind.PERSON)]


def test_a_fan_who_gives_a_first_name_only_is_held() -> None:
    found = facts(
        "Filming for Harbour Lights took over Marrowby on Tuesday.",
        "Fans lined the quay. One, who gave her name as Tilly, 15, said: "
        "“I have seen every episode twice.”",
    )
    assert [(q.text[:12], q.served) for q in found.quotes] == [("I have seen ", False)]
    found = facts(
        "Crowds gathered for the Saltmarsh premiere on Friday.",
        "Another fan, who would only give her first name as Marnie, said: “I cried all day.”",
    )
    assert [(q.text[:12], q.served) for q in found.quotes] == [("I cried all ", False)]


def test_a_fan_with_an_age_only_stays_unnamed() -> None:
    found = facts(
        "Filming for Harbour Lights took over Marrowby on Tuesday.",
        "One fan, 19, said: “It was worth the wait.”",
    )
    assert [(q.served, q.source) for q in found.quotes] == [(True, SourceKind.UNNAMED)]
