"""Quotes on invented text: a person named with their company ("Producer Jo Reyes of Tidewater
Films, who ..., said") is the speaker, never the company."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_named_person_of_a_company_is_the_speaker() -> None:
    for line in (
        "Producer Dalia Frome of Kestrel Pictures, who optioned the novel in 2021, calls the "
        "director “the calmest person on any set”.",
        "Executive producer Dalia Frome from Kestrel Pictures, who found the script, said: "
        "“The calmest person on any set is our director.”",
    ):
        found = facts("Ivo Marsh directs the Salt Meadow film for Kestrel Pictures.", line)
        quote = next(q for q in found.quotes if "calmest" in q.text)
        assert (quote.speaker, quote.source) == ("Dalia Frome", SourceKind.PERSON), line
