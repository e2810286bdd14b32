"""Quotes on invented text: a caption an organisation's official account posted is that
organisation's; an account whose owner could be a person stays nobody's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text[:12]: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_a_caption_from_an_official_account_is_the_organisations() -> None:
    for line in (
        "Harbourlight's official account posted a still on Monday and the caption read: "
        "“Back to the bay. One last tide.”",
        "Harbourlight's official channel shared the poster, and the caption said: “Back to the "
        "bay. One last tide.”",
    ):
        found = _speakers("The Copper Bay film is coming.", line)
        assert found["Back to the "] == ("Harbourlight", SourceKind.ORGANISATION), line


def test_a_caption_from_a_plain_account_with_a_first_name_owner_is_nobodys() -> None:
    found = _speakers(
        "The Copper Bay film is coming.",
        "Mara's account posted a still and the caption read: “Back to the bay.”",
    )
    assert found.get("Back to the ", ("", SourceKind.UNATTRIBUTED))[1] is not (
        SourceKind.ORGANISATION
    )
