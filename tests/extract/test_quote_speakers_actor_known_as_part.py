"""Quotes on invented text: an actor with their part named in passing as an aside ("Marsh, Tom
Quint himself, shared ...") is the clause's subject and the speaker, never the part."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_an_actor_with_the_part_apposed_is_the_speaker() -> None:
    for line in (
        "Marsh, Tom Quint himself, kept it low-key online and reposted the clip, adding only "
        "“see you soon x”.",
        "Ivo Marsh, Tom Quint himself, shared the teaser with the caption “see you soon x”.",
        "Marsh, Tom Quint himself, posted a photo from the set: “see you soon x”",
    ):
        found = facts(
            "Gloam Pictures released the teaser for Salt Meadow, starring Ivo Marsh as Tom Quint.",
            line,
        )
        quote = next(q for q in found.quotes if q.text.startswith("see you soon"))
        assert (quote.speaker, quote.source) == ("Ivo Marsh", SourceKind.PERSON), line


def test_a_dashed_part_aside_leaves_the_actor_speaking() -> None:
    found = facts(
        "Pellworth Films released the teaser for Quillon Reach, starring Idris Fallow as Oren"
        " Vantress.",
        "Fallow — Oren Vantress himself — shared the clip with the caption “back on the water”.",
    )
    quote = next(q for q in found.quotes if q.text == "back on the water")
    assert (quote.speaker, quote.source) == ("Idris Fallow", SourceKind.PERSON)


def test_a_name_set_beside_a_descriptor_is_the_speaker() -> None:
    for line in (
        "The director, Nessa Crail herself, shared the teaser with the caption “nearly there”.",
        "Pellworth’s boss, Nessa Crail herself, shared the teaser with the caption “nearly there”.",
    ):
        found = facts("Pellworth Films released the teaser for Quillon Reach.", line)
        quote = next(q for q in found.quotes if q.text == "nearly there")
        assert (quote.speaker, quote.source) == ("Nessa Crail", SourceKind.PERSON), line
