"""A possessive part right before a venue is a stage run's (or a play named by its writer):
"from Idris Dellacourt's Brisbury at the Lyric" casts nobody in the article's production."""

from tests.extract.helpers import facts, pairs


def test_a_possessive_before_a_venue_is_no_casting() -> None:
    found = facts(
        "Filming on Vintry Hollow has wrapped.",
        "People know him from the stage, from Idris Dellacourt's Brisbury at the Lyric, but he"
        " has a stillness on camera.",
        title="Vintry Hollow wraps filming",
    )
    assert ("Idris Dellacourt", "Brisbury") not in pairs(found)
