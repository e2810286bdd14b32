"""Quotes on invented text: an unnamed label named at once by a first name after an age ("One
fan, 16-year-old Wren from Dovebury, said ...") is no unnamed source, so a later "she said" is
not credited to "one fan"; a trailing "wrote one fan on X, under the handle @x" is the account's.
A label with nothing beside it stays as it was."""

from __future__ import annotations

from tests.extract.helpers import facts


def _said(start: str, *paragraphs: str) -> list[tuple[str, str]]:
    return [
        (quote.speaker, quote.source.name)
        for quote in facts(*paragraphs).quotes
        if quote.text.startswith(start) and quote.served
    ]


def test_an_aged_first_name_beside_a_label_is_not_the_label() -> None:
    found = _said(
        "I was nine when",
        "Crowds lined the quay for the Tidewell Lanes premiere. One fan, 16-year-old Wren from "
        "Dovebury, said she had waited since dawn. “I was nine when the books came out,” she "
        "said. “Now it's real.”",
    )
    assert found and all(source != "UNNAMED" for _, source in found)


def test_a_first_name_after_a_job_beside_a_label_is_not_the_label() -> None:
    found = _said(
        "We've brought flasks",
        "One visitor, retired teacher Odile, told us she had come by coach. “We've brought "
        "flasks and blankets,” she said.",
    )
    assert found and all(source != "UNNAMED" for _, source in found)


def test_a_label_with_nothing_beside_it_stays_unnamed() -> None:
    found = _said(
        "I was nine when",
        "Crowds lined the quay for the Tidewell Lanes premiere. One fan said she had waited "
        "since dawn. “I was nine when the books came out,” she said.",
    )
    assert found == [("One fan", "UNNAMED")]


def test_a_handle_after_under_the_handle_is_the_poster() -> None:
    found = _said(
        "Marlo deserved",
        "Fans were quick to react to the Brackenfield poster. “Marlo deserved top billing,” "
        "wrote one fan on X, under the handle @brackenfan_77.",
    )
    assert found == [("@brackenfan_77", "ORGANISATION")]


def test_a_handle_after_under_the_name_is_the_poster() -> None:
    found = _said(
        "Marlo deserved",
        "“Marlo deserved top billing,” posted one viewer, under the name @quayside_reel.",
    )
    assert found == [("@quayside_reel", "ORGANISATION")]


def test_a_handle_answered_after_the_label_is_not_the_poster() -> None:
    found = _said(
        "Marlo deserved",
        "“Marlo deserved top billing,” wrote one fan in reply to @brackenfan_77.",
    )
    assert ("@brackenfan_77", "ORGANISATION") not in found
