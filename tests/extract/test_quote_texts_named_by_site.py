"""Quotes from a text named by the site it appeared on ("the Harbourline post says"): never the
person named in the sentence before; a statement named by a company it knows is that company's;
a social platform's caption is still the poster's. Invented text, none of the batches' names."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> list[tuple[str, str, SourceKind]]:
    found = facts(*paragraphs, date="2026-03-02", title="Lantern Bay release date moved")
    return [(q.text[:12], q.speaker, q.source) for q in found.quotes]


def test_a_post_named_by_a_site_is_not_the_last_persons() -> None:
    for sentence in (
        '- whether every region gets the date (the Brightfeed post says "worldwide", so probably)',
        "- the runtime: the Quayside update says “two hours, give or take”",
    ):
        found = _speakers(
            "Apex Studios moved Lantern Bay to 9 May. This came via Brightfeed an hour ago.",
            "Also in the Brightfeed piece: Ada Vale has been confirmed as Mira Sol.",
            "Still unknown:",
            sentence,
        )
        assert all(speaker != "Ada Vale" for _, speaker, _ in found), found


def test_a_statement_named_by_a_known_company_is_the_companys() -> None:
    found = _speakers(
        "Apex Studios moved Lantern Bay to 9 May, Apex Studios said on Monday.",
        "Ada Vale has been confirmed as Mira Sol.",
        "“We are thrilled with the film,” the Apex Studios statement read.",
    )
    assert ("We are thril", "Apex Studios", SourceKind.ORGANISATION) in found, found


def test_a_platform_caption_is_still_the_posters() -> None:
    found = _speakers(
        "Lantern Bay wrapped on Friday.",
        "Ada Vale shared a photo from the set. “Goodbye, lighthouse,” the Instagram caption read.",
    )
    assert ("Goodbye, lig", "Ada Vale", SourceKind.PERSON) in found, found
