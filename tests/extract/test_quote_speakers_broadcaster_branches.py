"""Quotes and their speakers on invented text: a streamer's branch named for a country ("Prime
Video Spain wrote"), or a broadcaster known by its accented letters ("TVÉ says"), speaks as a
company, never as a person; a person whose surname is a country still speaks as a person."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_OPENING = "Saltmarsh Hours, a drama from Saltreed Pictures, streams on 9 May."


def _sources(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    found = facts(_OPENING, *paragraphs, date="2026-04-01", title="Saltmarsh Hours: the dub")
    return {q.text[:14]: (q.speaker, q.source) for q in found.quotes if q.served}


def test_a_streamers_branch_for_a_country_is_a_company() -> None:
    said = _sources("Netflix Spain posted on Instagram, in Spanish: “Friday. Bring a blanket.”")
    assert said.get("Friday. Bring ") == ("Netflix Spain", SourceKind.ORGANISATION), said


def test_an_accented_broadcaster_is_a_company() -> None:
    said = _sources(
        "RTÉ says the Irish-language version will follow on its player “after the summer”, "
        "with Caoimhe Ní Bhriain voicing the lead."
    )
    assert said.get("after the summ") == ("RTÉ", SourceKind.ORGANISATION), said


def test_a_person_named_for_a_country_is_still_a_person() -> None:
    said = _sources(
        "The dub is directed by Odile Ireland. “We cast it in a week,” Ireland said.",
    )
    assert said.get("We cast it in ") == ("Odile Ireland", SourceKind.PERSON), said
