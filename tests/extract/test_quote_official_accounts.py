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


def test_a_territorys_account_of_a_described_streamer_is_the_streamers() -> None:
    found = _speakers(
        "Brightwave revealed the title of the Copper Bay film this afternoon with a teaser.",
        "The streamer’s UK account posted the teaser with the caption: “Copper Bay: "
        "Homecoming. Coming this winter.” No date yet.",
    )
    assert found["Copper Bay: "] == ("Brightwave", SourceKind.ORGANISATION), found


def test_a_named_account_with_a_territory_is_still_its_own() -> None:
    found = _speakers(
        "Brightwave revealed the title of the Copper Bay film this afternoon with a teaser.",
        "The Brightwave UK account posted the teaser with the caption: “Copper Bay: "
        "Homecoming. Coming this winter.” No date yet.",
    )
    assert found["Copper Bay: "] == ("Brightwave", SourceKind.ORGANISATION), found
