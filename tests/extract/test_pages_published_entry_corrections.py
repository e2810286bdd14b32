"""A live blog's correction naming the entry it amends by when it went up ("An entry published
at 10:12 said ...", "The post filed at 9am stated ...") withdraws the date it quotes, as one that
says "an earlier entry" does; the notice's other date is the truth."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lantern Bay teaser: live"


def test_an_entry_published_at_a_time_withdraws_its_date() -> None:
    for notice in (
        "11:05 – Correction: An entry published at 09:20 said the film would be released on "
        "3 March. That was wrong: the release date is 17 March. We apologise for the error.",
        "11:05 – Correction: The post filed at 9am stated that Lantern Bay comes out on "
        "3 March. In fact it comes out on 17 March. Apologies for the mistake.",
        "11:05 – Correction: An update posted earlier this morning said Lantern Bay lands on "
        "3 March. It lands on 17 March, as the studio confirmed in May. Sorry, we have "
        "amended the entry.",
    ):
        found = release_kinds(
            "Live updates as the Lantern Bay teaser lands.",
            notice,
            "09:20 – The teaser is out, and Lantern Bay arrives on Netflix on 17 March.",
            date="2032-01-10",
            title=_TITLE,
        )
        assert ("premiere_date", "2032-03-17", False) in found, notice
        assert not any(date == "2032-03-03" for _, date, _ in found), notice


def test_an_entry_published_at_a_time_outside_a_notice_still_stands() -> None:
    found = release_kinds(
        "Live updates as the Lantern Bay teaser lands.",
        "11:05 – An entry published at 09:20 said Lantern Bay arrives on Netflix on 3 March, "
        "and the studio has now confirmed it.",
        date="2032-01-10",
        title=_TITLE,
    )
    assert ("premiere_date", "2032-03-03", False) in found
