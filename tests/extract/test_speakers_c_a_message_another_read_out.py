"""A message named as one someone else read out ("sent a note that the host read aloud:") is
never its reader's words (its sender, the clause's subject, keeps them); the reader who opens
their own words with a colon keeps those."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Brackenfold had its first screening at the Harrowgate festival on Friday."


def _served(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_message_read_out_by_another_is_not_the_readers() -> None:
    for said in (
        "Perpetua Lindqvist, who was filming abroad, sent a note that Anselm Okonjo read out: "
        "“Save me a seat at the next one.”",
        "The writer could not travel but sent a letter which the host later read aloud to the "
        "room: “Save me a seat at the next one.”",
    ):
        found = _served(_LEDE, "Anselm Okonjo hosted the evening.", said)
        assert ("Anselm Okonjo", SourceKind.PERSON) not in found, said


def test_the_sender_of_a_message_read_out_keeps_it() -> None:
    found = _served(
        _LEDE,
        "Anselm Okonjo hosted the evening.",
        "Perpetua Lindqvist, who was filming abroad, sent a note that Okonjo read out: “Save me "
        "a seat at the next one.”",
    )
    assert found == [("Perpetua Lindqvist", SourceKind.PERSON)]


def test_a_reader_who_speaks_for_themselves_keeps_the_words() -> None:
    found = _served(
        _LEDE,
        "Anselm Okonjo hosted the evening and read out the running order, then said: “We start "
        "with the short films.”",
    )
    assert found == [("Anselm Okonjo", SourceKind.PERSON)]
