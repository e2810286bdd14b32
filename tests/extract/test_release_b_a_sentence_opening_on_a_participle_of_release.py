"""A sentence may open on a participle of release, its day resolved from the article's date
("Premiered on Sunday, the drama drew ..."): when its main clause is the work told of ("it",
"the series"), the day is the work's release, in the past. Another work as the main clause's
subject dates nothing of ours. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Weir Cottage, the BBC's seaside comedy, is on iPlayer now."


def _premieres(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, date="2026-05-13", title="Weir Cottage review")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_fronted_participle_with_a_weekday_dates_the_work_in_the_past() -> None:
    assert _premieres("Premiered on Sunday, it drew the channel's best audience of the year.") == {
        "2026-05-10"
    }


def test_a_fronted_participle_with_the_series_as_subject() -> None:
    assert _premieres("Released on Friday, the series has been the most watched on iPlayer.") == {
        "2026-05-08"
    }


def test_another_work_as_the_subject_dates_nothing() -> None:
    assert not _premieres("Released on Friday, Ana Kerr's rival thriller took second place.")
