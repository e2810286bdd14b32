"""A leaver told before the part: "X has exited W and has been replaced by Z. X had been
announced in May as Y. Z has now taken over the part and ..." makes X's Y former and gives it
to Z."""

from bot.facts import CastStatus
from tests.extract.helpers import facts, former_pairs, served_pairs, served_statuses


def test_a_past_perfect_casting_after_the_leaving_is_former() -> None:
    found = facts(
        "Netflix's Vintry Hollow has recast one of its new faces.",
        "Yselde Talvana has exited Vintry Hollow, the Netflix film, and has been replaced by"
        " newcomer Idris Dellacourt, we can reveal.",
        "Talvana had been announced in May as Corwenna Ostrakey, the heroine's flatmate."
        " Dellacourt has now taken over the part and began filming this week.",
        title="Vintry Hollow recasts the heroine's flatmate",
    )
    assert ("Yselde Talvana", "Corwenna Ostrakey") in former_pairs(found)
    assert served_statuses(found).get(("Idris Dellacourt", "Corwenna Ostrakey")) is (
        CastStatus.CURRENT
    )


def test_a_past_perfect_casting_with_no_leaving_stays_current() -> None:
    found = facts(
        "Netflix's Vintry Hollow has started filming.",
        "Yselde Talvana has joined Vintry Hollow, the Netflix film, we can reveal.",
        "Talvana had been announced in May as Corwenna Ostrakey, the heroine's flatmate.",
        title="Vintry Hollow starts filming",
    )
    assert ("Yselde Talvana", "Corwenna Ostrakey") in served_pairs(found)
    assert ("Yselde Talvana", "Corwenna Ostrakey") not in former_pairs(found)
