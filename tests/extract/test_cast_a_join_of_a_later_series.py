"""Joining a later series of the work in a part ("X joins the second series of Y as Z"), the
series named before the title, is a casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "The Tallow Coast: first look at season two"
_LEDE = "The second season of The Tallow Coast arrives on Vela in May."


def test_joining_a_later_series_of_the_work_names_the_part() -> None:
    for sentence in (
        "Ness Quarrow joins the second series of The Tallow Coast as Bryn Aske, a ferry pilot.",
        "Cork actor Ness Quarrow joins the second series of The Tallow Coast as Bryn Aske.",
    ):
        found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
        assert ("Ness Quarrow", "Bryn Aske") in found, sentence
        assert ("Ness Quarrow", "Cork") not in found, sentence
