"""Quotes and their speakers on invented text: a service of two words that a film is shown on
("premieres on Lumen Video") is an organisation when it speaks, never a person."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_two_word_service_a_film_is_shown_on_speaks_as_an_organisation() -> None:
    for lede in (
        "Tarn season 2 premieres on Lumen Video on Friday 23 October.",
        "All eight episodes of Tarn will be available on Harbour Play from October.",
    ):
        service = "Lumen Video" if "Lumen" in lede else "Harbour Play"
        found = facts(
            lede,
            f"“We promised you a storm, and here it is,” {service} said in a statement.",
            date="2026-03-02",
            title="Tarn: live",
        )
        said = [(q.speaker, q.source) for q in found.quotes if q.text.startswith("We promised")]
        assert said == [(service, SourceKind.ORGANISATION)], said


def test_a_person_named_before_an_on_is_still_a_person() -> None:
    for lede in (
        "Tarn season 2 premieres in October, and Ada Vale is back as the queen.",
        "Reporters waited on Ada Vale after the screening of Tarn.",
    ):
        found = facts(
            lede,
            "“We promised you a storm, and here it is,” Ada Vale said.",
            date="2026-03-02",
            title="Tarn: live",
        )
        said = [(q.speaker, q.source) for q in found.quotes if q.text.startswith("We promised")]
        assert said == [("Ada Vale", SourceKind.PERSON)], said
