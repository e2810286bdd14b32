"""Quotes on invented text: an unnamed crowd noun then a name in apposition ("One fan,
19-year-old student Molly Fenwick-Shaw, said") names the speaker, even with an age or a
lowercase noun before the name or an age after it."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The premiere of Harbour Days drew crowds to Leicester Square on Saturday."
_QUOTE = "“I queued for six hours and it was worth every minute.”"


def _speakers(attribution: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, f"{attribution} {_QUOTE}")
    return {(q.speaker, q.source.value) for q in found.quotes if q.served}


def test_an_age_and_a_noun_before_the_name() -> None:
    assert _speakers("One attendee, 19-year-old student Molly Fenwick-Shaw, said:") == {
        ("Molly Fenwick-Shaw", "person")
    }


def test_a_noun_with_its_adjective_before_the_name() -> None:
    assert _speakers("One fan, retired teacher Osric Pellow-Dunne, said:") == {
        ("Osric Pellow-Dunne", "person")
    }


def test_an_age_after_the_name() -> None:
    assert _speakers("Another fan, Ilse Brannock, 24, told us:") == {("Ilse Brannock", "person")}


def test_an_unnamed_fan_stays_unnamed() -> None:
    assert _speakers("One fan, who had travelled from Leeds, said:") == {("One fan", "unnamed")}
