"""A name the production works under for now ("has been filming under the name X on unit signs,
a label due to change before launch") is not the work's title; a
title given beside it ("filmed under the working title X, will be titled Y") still is."""

from __future__ import annotations

from bot.extract.provisional_naming import provisional_title
from tests.extract.helpers import served_releases


def _titles(*paragraphs: str) -> set[str]:
    return {r.title or "" for r in served_releases(*paragraphs, title="Pennick Quay casts three")}


def test_a_name_worked_under_is_not_the_title() -> None:
    for sentence in (
        "The unit has been filming under the name “Blue Pier” on its parking signs, a label "
        "due to change before launch.",
        "Crews worked under the title ‘Blue Pier’ all spring.",
        "Crews are shooting under the production title ‘Blue Pier’ on location notices.",
        "The shoot is running under the name Blue Pier for now.",
    ):
        found = _titles(
            "Ada Pell joins Pennick Quay, the Netflix film of the comic, as Bea Lund.",
            "Cameras roll in Kent on 11 August.",
            sentence,
        )
        assert "Blue Pier" not in found, sentence


def test_the_title_beside_a_former_name_is_served() -> None:
    found = {
        r.title
        for r in served_releases(
            "The channel confirms that its new comedy, filmed under the working title Deckside, "
            "will be titled Pennick Quay.",
            title="Pennick Quay: title confirmed",
        )
    }
    assert "Pennick Quay" in found
    assert "Deckside" not in found


def test_a_title_released_under_is_not_a_working_name() -> None:
    for sentence, title in (
        ("Abroad, the film will be released under the title The Blue Pier.", "The Blue Pier"),
        ("In France it goes out on Canal+ under the name Le Quai Bleu.", "Le Quai Bleu"),
    ):
        assert not provisional_title(sentence, title), sentence
    assert provisional_title("Crews are filming in Deal under the title Blue Pier.", "Blue Pier")


def test_a_listing_or_production_credit_title_is_served() -> None:
    for sentence in (
        "On the streamer the film is listed under the title Blue Pier.",
        "It was produced under the title Blue Pier by Ada Pell.",
        "The studio made it under the title Blue Pier.",
    ):
        assert not provisional_title(sentence, "Blue Pier"), sentence
