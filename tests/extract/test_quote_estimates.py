"""Quotes on invented text: a pronoun aside with a verb of reckoning (", she estimates, “...”",
", he reckons, “...”") attributes the words like ", she says," does."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_reckoning_verb_in_an_aside_attributes_the_words() -> None:
    for aside in ("she estimates", "she reckons"):
        found = facts(
            "Ines Harrow spent a decade trying to film her grandmother's ferry business.",
            "The harbour office is still there. Ines Harrow shows it to me on a wet Monday.",
            f"Financing took nine years and, {aside}, “about sixty lunches with people who "
            "wanted a bigger star”.",
            date="2026-07-01",
            title="The slow road to Slipway",
        )
        quote = next(q for q in found.quotes if q.text.startswith("about sixty"))
        assert (quote.speaker, quote.served) == ("Ines Harrow", True), aside
