"""An award epithet after the quote ("“...,” the Oscar winner said") is the person the text is
about, even when the sentence before names her only as "she" after a place ("At the after-party
she was more forthcoming."): the place is no subject, the "she" is, and it stands for the woman
named before it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The Lantern Row premiere drew a crowd in Leicester Square on Sunday."


def _speakers(*paragraphs: str) -> set[str]:
    return {speaker for _, speaker in served_quotes(facts(*paragraphs))}


def test_an_award_winner_after_a_placed_she_is_the_woman_named_before() -> None:
    assert _speakers(
        _LEDE,
        "Hana Velde, back as the mayor Ruth Cole, skipped the photo line. At the after-party "
        "she was more talkative. “I have been in this since the very start,” the Bafta winner "
        "said. “It feels like family.”",
    ) == {"Hana Velde"}


def test_an_award_nominee_after_a_placed_he_is_the_man_named_before() -> None:
    assert _speakers(
        _LEDE,
        "Jonas Whitcombe, who plays the ferryman, arrived late. Inside the cinema he was "
        "quieter. “I still get nervous at these,” the Emmy nominee admitted.",
    ) == {"Jonas Whitcombe"}


def test_an_oscar_winner_right_after_her_name_is_hers() -> None:
    assert _speakers(
        _LEDE,
        "Odile Brannagh, who plays the lighthouse keeper, stopped for photographs. “It was the "
        "coldest shoot of my life,” the Oscar winner said.",
    ) == {"Odile Brannagh"}


def test_an_oscar_winner_is_never_the_player_of_a_part_called_oscar() -> None:
    speakers = _speakers(
        _LEDE,
        "Newcomers include Fenn Aldous as the chaotic lodger Oscar Pike.",
        "Odile Brannagh, as ever, steals every scene she is in as the landlady. “I laughed all "
        "through the read-through,” the Oscar winner admitted.",
    )
    assert "Fenn Aldous" not in speakers
