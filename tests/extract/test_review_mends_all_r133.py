"""Review mends of round 133 (invented text): a wrap is read from "ran until" only when the
shoot itself is what ran, in the run's own clause; a stage play, a festival or anything named
after the shoot noun that ran until a month gives no wrap."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lantern Bay: the making of a drama"


def test_something_else_that_ran_until_a_month_is_no_wrap() -> None:
    for sentence in (
        "Before filming, her stage play ran until March in the West End.",
        "Filming took place in Leeds, where a festival of her films ran until June.",
        "Filming began in May and the harbour festival ran until June.",
    ):
        found = release_kinds(sentence, date="2026-11-10", title=_TITLE)
        assert not any(kind == "filming_wrapped" for kind, _, _ in found), sentence


def test_the_shoot_that_ran_until_a_month_still_wrapped_then() -> None:
    found = release_kinds(
        "The shoot started on 4 May and ran until September.", date="2027-02-10", title=_TITLE
    )
    assert ("filming_wrapped", "2026-09", False) in found
