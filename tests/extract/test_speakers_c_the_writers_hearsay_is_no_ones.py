"""Quotes on invented text: words the writer passes on as hearsay ("the channel will, I am told,
bury it in “...”") are a source the writer does not name, never the person the sentence before
was about; a named person's own report in the sentence keeps the words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "I have watched all four episodes of Fenmoor Light, and I am furious."
_PRAISE = (
    "Not with the drama. Cait Rennick’s four-part thriller is the boldest thing the channel has"
    " made in years. Orla Vantry, as lock-keeper Mags Dunne, is extraordinary."
)


def test_words_the_writer_is_told_are_no_ones() -> None:
    found = facts(
        _LEDE,
        _PRAISE + " I am furious because the channel will, I am told, bury it on Tuesdays"
        " “somewhere in late spring”, against the football.",
    )
    assert any(q.text.startswith("somewhere in") for q in found.quotes), found.quotes
    served = served_quotes(found)
    assert ("somewhere in", "Orla Vantry") not in served, served


def test_words_a_named_person_reports_stay_theirs() -> None:
    found = facts(
        _LEDE,
        _PRAISE + " Rennick says the channel will show it on Tuesdays “somewhere in late"
        " spring”, against the football.",
    )
    served = served_quotes(found)
    assert ("somewhere in", "Cait Rennick") in served, served
