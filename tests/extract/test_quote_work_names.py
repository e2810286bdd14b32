"""Quotes on invented text: a name set in apposition before a production noun ("The Lantern
Men, a four-part BBC drama written by ...") is a work's, so a later "she says" never stands for
it, even when it is the last subject before the quote ("The Lantern Men is her first British
drama.")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def _speakers(*paragraphs: str) -> set[str]:
    return {speaker for _, speaker in served_quotes(facts(*paragraphs))}


def test_a_dramas_name_is_never_the_she_who_speaks() -> None:
    speakers = _speakers(
        "Welsh composer Marit Holloway-Penn wrote the score for BBC One’s The Lantern Men.",
        "The Lantern Men, a four-part BBC drama written by Dafydd Orrin-Blake, follows two "
        "brothers on an estuary.",
        "Holloway-Penn, 38, is best known for a Norwegian thriller. The Lantern Men is her "
        "first British drama.",
        "She was hired, she says, after one meeting. “Dafydd sent me three scripts and a "
        "recording of the tide.”",
    )
    assert speakers == {"Marit Holloway-Penn"}


def test_a_thriller_named_with_the_is_no_speaker_either() -> None:
    speakers = _speakers(
        "Cinematographer Oskar Lindqvist-Bey shot Gull Point on the Northumberland coast.",
        "Gull Point, the new ITV thriller from Brackenford Films, arrives in the spring.",
        "Lindqvist-Bey has shot three features. Gull Point is his first series.",
        "“We lost two days to fog,” he says.",
    )
    assert speakers == {"Oskar Lindqvist-Bey"}


def test_a_person_described_beside_a_drama_still_speaks() -> None:
    speakers = _speakers(
        "Casting for the new drama is complete, the producers said.",
        "Tamsin Royle-Akers, the star of the drama, spent a month learning to sail.",
        "“I was seasick every single day,” she says.",
    )
    assert speakers == {"Tamsin Royle-Akers"}
