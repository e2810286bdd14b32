"""A profile's paragraph that opens with the subject's other show as its subject ("Kestrel Mile
is a very different beast. Written by A, it casts her as B"): every sentence of it is that
show's, not the article's (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts, pairs

_PROFILE = (
    "After a breakout in Quillmoor, Tansy Ormerod is now the face of a Sunday-night thriller.",
    "Tomorrow night she leads ITV's new four-part thriller Kestrel Mile, and the 26-year-old "
    "is about to become famous.",
    "Then came Quillmoor. In the Netflix film, which premiered on Friday 10 April, she plays "
    "Ilse Brannock, a student the hero meets on an open day.",
)


def test_a_paragraph_led_by_the_other_shows_title_is_that_shows() -> None:
    found = facts(
        *_PROFILE,
        "Kestrel Mile is a very different beast. Written by Fenwick Drey and directed by "
        "Jory Vasquez-Lund, it casts her as DS Ada Pellwick. Bram Tolliver co-stars as her "
        "boss, DCI Saltreach, and the series begins on ITV on Sunday 3 May at 9pm.",
        date="2026-05-02",
    )
    assert ("Bram Tolliver", "DCI Saltreach") not in pairs(found)
    assert not {c.name for c in found.crew} & {"Fenwick Drey", "Jory Vasquez-Lund"}
    dates = {r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE}
    assert "2026-05-03" not in {str(d) for d in dates}


def test_the_paragraph_turns_back_at_a_sentence_naming_ours() -> None:
    found = facts(
        *_PROFILE,
        "Kestrel Mile is a very different beast. Netflix has cast Nolan Ashby-Kerr as Cobalt "
        "Reach.",
        date="2026-05-02",
    )
    assert ("Nolan Ashby-Kerr", "Cobalt Reach") in pairs(found)


def test_the_work_whose_set_she_is_on_is_no_actor() -> None:
    found = facts(
        "Tansy Ormerod went from a youth theatre to the set of Quillmoor Forever.",
        "Now she is on the set of Quillmoor Forever, the finale to the Netflix series, playing "
        "Ilse Brannock, a student.",
    )
    assert not any(c.actor == "Quillmoor Forever" for c in found.cast)


def test_a_listed_earlier_credit_is_no_work_of_ours() -> None:
    found = facts(
        "Tansy Ormerod went from a youth theatre to the set of Quillmoor Forever.",
        "Before Quillmoor, her screen credits were modest: a single episode of Pellwick and a "
        "role in Saltreach, a BBC Three short directed by Fenwick Drey in 2023.",
        "Filming began in July under director Jory Vasquez-Lund.",
    )
    assert {c.name for c in found.crew if c.role == "director"} == {"Jory Vasquez-Lund"}


def test_a_paragraph_opened_on_the_subjects_next_film_is_that_films() -> None:
    found = facts(
        "Wendle Hask: after Quillmoor, a summer at Tarnby",
        "Two weeks after Quillmoor arrived on Netflix on 17 April, Wendle Hask is moving on.",
        "His next film, A Summer at Tarnby, is a quiet period drama directed by Orrin "
        "Vale-Mott. Hask plays Ilse Brannock's brother. Shooting wrapped in March; it is "
        "expected in cinemas in the autumn.",
        date="2026-05-02",
    )
    kinds = {r.kind for r in found.release if r.served}
    assert ReleaseKind.FILMING_WRAPPED not in kinds
    assert "Orrin Vale-Mott" not in {c.name for c in found.crew if c.served}
