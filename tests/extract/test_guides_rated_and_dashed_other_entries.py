"""A what-to-watch guide whose entries are rated before their names ("★★★ Quillmere Forever"
over "Netflix, from Friday") or headed with their channel after a dash, the cinemas too ("The
Brassfold Job – in cinemas"): the entry the headline names first is the page's own, and what
another entry casts, credits or dates is that work's (invented text, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs, served_releases

_RATED_TITLE = "What to watch this weekend: Quillmere Forever, The Tamsel Ledgers and more"
_DASHED_TITLE = "What to watch this weekend: Quillmere Forever, The Brassfold Job and more"


def _rated() -> tuple[str, ...]:
    return (
        "Our pick of the weekend, led by the last outing for Quillmere.",
        "★★★★ Quillmere Forever",
        "Netflix, from Friday",
        "The finale of Quillmere lands on Friday. Odran Pellisk directs from his own script.",
        "★★★ The Tamsel Ledgers",
        "BBC One, Sunday 9pm",
        "A drama, written by Gwenith Trelask and directed by Boris Achterlaan, is a puzzle.",
        "Cadoc Millhurst plays her estranged brother, Ewart.",
    )


def test_a_rated_other_entrys_credits_and_parts_are_that_works() -> None:
    found = facts(*_rated(), date="2026-04-16", title=_RATED_TITLE)
    assert ("director", "Odran Pellisk") in served_credits(found)
    assert ("writer", "Gwenith Trelask") not in served_credits(found)
    assert ("director", "Boris Achterlaan") not in served_credits(found)
    assert ("Cadoc Millhurst", "Ewart") not in served_pairs(found)


def _dashed() -> tuple[str, ...]:
    return (
        "The Quillmere finale lands, plus a heist caper and a cosy box set.",
        "Quillmere Forever – Netflix, from today",
        "It is here: the finale of Quillmere. Odran Pellisk directs.",
        "The Brassfold Job – in cinemas",
        "A heist comedy set in a tearoom. Directed by Tibbald Varlow, it is daft but fun.",
        "Fernmoor Mysteries, series 1-4 – BritBox",
        "A murder a week in a moorland village. The whole lot is streaming from Saturday.",
    )


def test_a_cinema_entry_under_a_dash_is_another_works() -> None:
    found = facts(*_dashed(), date="2026-04-17", title=_DASHED_TITLE)
    assert ("director", "Odran Pellisk") in served_credits(found)
    assert ("director", "Tibbald Varlow") not in served_credits(found)


def test_a_dashed_other_entrys_day_is_that_works() -> None:
    found = served_releases(*_dashed(), date="2026-04-17", title=_DASHED_TITLE)
    assert all(str(fact.date) != "2026-04-18" for fact in found)
