"""A correction naming the timed entry it amends ("an earlier version of the 14:05 entry said
...") withdraws the date it quotes, as one that names the article does."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lantern Bay premiere: live"


def test_an_earlier_version_of_a_timed_entry_withdraws_its_date() -> None:
    found = release_kinds(
        "Live updates from the Lantern Bay premiere.",
        "21:40 – CORRECTION: An earlier version of the 20:15 entry said Lantern Bay arrives on "
        "4 March. The date announced was 4 April. Sorry about that.",
        "20:15 – The cast confirmed Lantern Bay lands in cinemas on 4 April.",
        date="2032-01-10",
        title=_TITLE,
    )
    assert ("premiere_date", "2032-04-04", False) in found
    assert not any(date == "2032-03-04" for _, date, _ in found)


def test_a_previous_version_of_the_morning_update_withdraws_its_date() -> None:
    found = release_kinds(
        "Live updates from the Lantern Bay premiere.",
        "Correction: A previous version of the 9am update stated that Lantern Bay opens in "
        "cinemas on 2 June. The studio's date is 9 June. We apologise for the error.",
        "9am – Lantern Bay opens in cinemas on 9 June, the studio says.",
        date="2032-01-10",
        title=_TITLE,
    )
    assert ("premiere_date", "2032-06-09", False) in found
    assert not any(date == "2032-06-02" for _, date, _ in found)
