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


_WRAPPED = "The official account posted a photo of the last slate with the caption “That's a wrap."


def test_a_bare_official_account_is_the_organisation_just_named() -> None:
    for paragraphs in (
        ("Saltmere wrapped this week, and the cast said goodbye online.", "Corvane UK",
         "The official account kept it simple, posting a clapperboard with the caption: “That's "
         "a wrap. Thank you, crew.”"),
        ("Corvane UK confirmed on Thursday that filming on Saltmere has wrapped.",
         f"{_WRAPPED} Thank you, crew.”"),
    ):  # fmt: skip
        found = _speakers(*paragraphs)
        assert found["That's a wra"] == ("Corvane UK", SourceKind.ORGANISATION), paragraphs


def test_a_bare_official_account_far_from_any_organisation_is_not_theirs() -> None:
    found = _speakers(
        "Corvane UK confirmed on Thursday that filming on Saltmere has wrapped. The shoot moved "
        "between three harbours and a disused ferry terminal on the coast, and the crew spent "
        "most of October waiting for storms to pass before the night scenes were finished.",
        f"{_WRAPPED} Thank you, crew.”",
    )
    assert found["That's a wra"][0] != "Corvane UK", found
