"""Quotes on invented text: a bare surname two people in the article share (a director and her
late father) is the person whose full name opens the standfirst above a headline that names no
one; with no such standfirst it stays no one's."""

from __future__ import annotations

from tests.extract.helpers import facts

_BODY = (
    "The boatyard is still there. Renata Solberg walks me through it on a grey morning.",
    "“He built every hull by hand,” Solberg says. “I wanted the film to smell of tar.”",
    "Her father, Olav, taught her to sail before she could read. Olav Solberg died in 2019.",
    "“I kept his tools,” Solberg says. “They are all in the film.”",
)


def test_a_shared_surname_is_the_person_the_standfirst_opens_on() -> None:
    for standfirst in (
        "Renata Solberg spent nine years trying to film her father’s boatyard. Now she has.",
        "Renata Solberg has finally made the film about the boatyard she grew up in.",
    ):
        found = facts(
            standfirst, *_BODY, date="2026-05-04", title="Salt in the wood: a long road to Keel"
        )
        served = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
        assert served == [
            ("He built e", "Renata Solberg"),
            ("I wanted t", "Renata Solberg"),
            ("I kept his", "Renata Solberg"),
            ("They are a", "Renata Solberg"),
        ], (standfirst, served)


def test_a_shared_surname_stays_no_ones_without_a_standfirst_naming_one_of_them() -> None:
    found = facts(
        "Nine years of work on a boatyard film are over.",
        *_BODY,
        date="2026-05-04",
        title="Salt in the wood: a long road to Keel",
    )
    assert not [q for q in found.quotes if q.served and "Solberg" in q.speaker]


_LOWMOOR = (
    "Lowmoor had its premiere in Rotterdam on Friday. Vesna Tarrow wrote the script with her "
    "brother, Piet Tarrow.",
    "“We had nine endings,” Tarrow says. “We kept the quietest.”",
)


def test_a_standfirst_opening_on_a_described_person_names_the_shared_surname() -> None:
    found = facts(
        "Lowmoor director Vesna Tarrow wants you to see her film in the dark.",
        *_LOWMOOR,
        date="2026-05-04",
        title="How Lowmoor lost its songs",
    )
    served = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert served == [("We had nin", "Vesna Tarrow"), ("We kept th", "Vesna Tarrow")], served


def test_a_standfirst_opening_on_someone_outside_the_family_names_no_one() -> None:
    found = facts(
        "Lowmoor producer Fenna Rask wants you to see the film in the dark.",
        *_LOWMOOR,
        date="2026-05-04",
        title="How Lowmoor lost its songs",
    )
    assert not [q for q in found.quotes if q.served and q.speaker], found.quotes
