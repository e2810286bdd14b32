"""An actor's aside on a past work, the part after the work: "X, who appeared in the stage
production of Brisbury Lane as Y last year" is that work's part, not ours."""

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_part_after_a_past_work_in_an_aside_is_not_ours() -> None:
    found = facts(
        "Filming on Vintry Hollow has wrapped.",
        "Yselde Talvana stars as Corwenna Ostrakey, with Idris Dellacourt as her uncle, Amos.",
        "Dellacourt, who appeared in the touring stage production of Brisbury Lane as Mags"
        " Perrowin last year, said Amos was great fun.",
        title="Vintry Hollow wraps filming",
    )
    assert ("Idris Dellacourt", "Amos") in served_pairs(found)
    assert ("Idris Dellacourt", "Mags Perrowin") not in pairs(found)


def test_a_part_after_our_own_work_in_an_aside_stays() -> None:
    found = facts(
        "Filming on Vintry Hollow has wrapped.",
        "Idris Dellacourt, who starred in Vintry Hollow as Mags Perrowin, said it was great fun.",
        title="Vintry Hollow wraps filming",
    )
    assert ("Idris Dellacourt", "Mags Perrowin") in served_pairs(found)
