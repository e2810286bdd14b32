"""Quotes on invented text: a company the article names, then a capitalised word ("Lumen
Music", "Lumen Tudum"), is the company's arm, an organisation, never a person."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Lumen confirmed that Harbour Days will stream from June."


def _speakers(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs)
    return {(q.speaker, q.source.value) for q in found.quotes if q.served}


def test_a_music_arm_told_us() -> None:
    assert _speakers(
        "The album, released by Lumen Music, is out on Friday.",
        "Lumen Music told us the rumour “isn’t true, sadly”.",
    ) == {("Lumen Music", "organisation")}


def test_a_fan_site_arm_said() -> None:
    assert _speakers(
        "Lumen confirmed the date on Monday. Lumen Tudum said the trailer was “coming very soon”."
    ) == {("Lumen Tudum", "organisation")}


def test_a_person_whose_surname_follows_no_company_still_speaks() -> None:
    assert _speakers(
        "Lumen confirmed the date on Monday. Its star Ada Vellacott said the shoot was “the "
        "coldest of my life”."
    ) == {("Ada Vellacott", "person")}
