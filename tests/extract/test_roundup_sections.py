"""A newsletter's "other news" section in capitals is about other shows (invented text)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_castings_under_also_this_week_are_another_shows() -> None:
    found = facts(
        "Grey Harbour finally has a date, plus a detective return.",
        "THE BIG ONE",
        "Grey Harbour arrives in March, with Lena Voss as Ruth Kale.",
        "ALSO THIS WEEK",
        "The Night Wardens returns for its fourth series. Omar Dace is back as DI Frank Mott, and "
        "Suki Ren joins as the coroner Dr Ana Brill.",
        title="The Weekly Watch: Grey Harbour has a date, The Night Wardens is back",
    )
    assert ("Lena Voss", "Ruth Kale") in pairs(found)
    assert not any(actor in {"Omar Dace", "Suki Ren"} for actor, _ in pairs(found))


def test_an_elsewhere_section_ends_at_the_next_heading() -> None:
    found = facts(
        "This week's picks.",
        "ELSEWHERE",
        "Salt Road is back, with Omar Dace as Tom Vere.",
        "OUR COVER STORY",
        "Grey Harbour stars Lena Voss as Ruth Kale.",
    )
    assert ("Lena Voss", "Ruth Kale") in pairs(found)
    assert ("Omar Dace", "Tom Vere") not in pairs(found)
