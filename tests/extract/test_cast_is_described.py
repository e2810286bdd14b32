"""In a run of castings, "X is the local sergeant, DS Y" names X's part as "plays" does; after a
role noun ("is the show's director, Y") the name is a person, not a part."""

from tests.extract.helpers import facts, pairs, served_pairs


def test_is_a_description_then_a_name_after_plays_is_a_part() -> None:
    found = facts(
        "Filming on Vintry Hollow has wrapped.",
        "Yselde Talvana plays her nephew Corwenna, and Idris Dellacourt is the local sergeant,"
        " DS Mags Perrowin.",
        title="Vintry Hollow wraps filming",
    )
    assert ("Yselde Talvana", "Corwenna") in served_pairs(found)
    assert ("Idris Dellacourt", "DS Mags Perrowin") in served_pairs(found)


def test_is_a_role_noun_then_a_name_is_no_part() -> None:
    found = facts(
        "Filming on Vintry Hollow has wrapped.",
        "Yselde Talvana plays Corwenna, and Idris Dellacourt is the show's director, Mags"
        " Perrowin.",
        title="Vintry Hollow wraps filming",
    )
    assert ("Idris Dellacourt", "Mags Perrowin") not in pairs(found)
