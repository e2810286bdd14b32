"""A shoot told in the past as running until a month ("Filming began on 2 May and ran until
August") ended then: a wrap in that month. Still running, or planned to, is no wrap."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: the making of a thriller"


def test_a_shoot_that_ran_until_a_month_wrapped_then() -> None:
    for sentence in (
        "The shoot started on 4 May and ran until August across Devon and Dorset.",
        "Filming began on 4 May and lasted until August.",
        "Production on Copper Bay ran until late August.",
    ):
        found = release_kinds(sentence, date="2027-02-10", title=_TITLE)
        assert ("filming_wrapped", "2026-08", False) in found, sentence


def test_a_shoot_still_running_until_a_month_is_no_wrap() -> None:
    for sentence in (
        "The shoot runs until August.",
        "Filming will run until August.",
        "The festival ran until August.",
    ):
        found = release_kinds(sentence, date="2026-06-10", title=_TITLE)
        assert not any(kind == "filming_wrapped" for kind, _, _ in found), sentence
