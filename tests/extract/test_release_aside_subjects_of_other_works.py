"""Another work named as the subject, then a relative clause, then its release: not our
date."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillmere Road: Netflix shows first footage"
_LEDE = "Netflix showed the first footage from Quillmere Road at a gala in London on Saturday."


def _dates(*sentences: str, date: str = "2025-10-12") -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, *sentences, date=date, title=_TITLE)


def test_another_work_before_an_aside_is_not_dated_as_ours() -> None:
    for sentence in (
        "Harrowgill, which also stars Orla Fenwick-Shaw, arrives on Netflix on 28 November.",
        "A Night at Harrowgill, which Tobin Marsh directed, reaches cinemas on 28 November.",
    ):
        assert _dates(sentence) == set(), sentence


def test_our_work_before_an_aside_is_still_dated() -> None:
    assert _dates("Quillmere Road, the Netflix film, arrives on 28 November.") == {
        ("premiere_date", "2025-11-28", False)
    }
