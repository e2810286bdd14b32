"""Quotes on invented text: a surname label in capitals after a full one ("ÖRJAN VÄLIMAA-ROSS:"
then "VÄLIMAA-ROSS:") is the person as the article spells the name; a job title after a full
name ("X, CEO of Y, said") is no speaker; a line a trailer speaks, its verb after a quote that
ends the sentence, is held; a name inside a person's aside is not who speaks; "the streamer"
with no organisation named before it is the article's one organisation."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _served(found, start: str):  # type: ignore[no-untyped-def]
    return next((q for q in found.quotes if q.text.startswith(start) and q.served), None)


def test_a_surname_label_in_capitals_is_the_name_as_written() -> None:
    for first, later in (
        ("ÖRJAN VÄLIMAA-ROSS", "VÄLIMAA-ROSS"),
        ("ÉMILE DUCASSE-ORR", "DUCASSE-ORR"),
    ):
        full = first.title()
        found = facts(
            f"{full} joins the cast of Grey Lantern as the new neighbour.",
            "PORTAL: How was the first day?",
            f"{first}: Long. I was the new one and nobody knew my name yet.",
            "PORTAL: And the stunts?",
            f"{later}: I trained for a month with a coach from the local club.",
        )
        quote = _served(found, "I trained for a month")
        assert quote is not None and quote.speaker == full, (full, quote)
        assert quote.speaker != later


def test_a_job_title_after_a_full_name_is_no_speaker() -> None:
    for line in (
        "Marguerite Oyelaran-Platt, CEO of Tallow Pictures, said: “It is a film of real warmth.”",
        "Bram Iversen, COO at Fenwick Films, told us: “It is a film of real warmth.”",
    ):
        found = facts("Tallow Pictures backs the drama Salt Kettle.", line)
        quote = _served(found, "It is a film of real warmth")
        assert quote is not None and quote.source is SourceKind.PERSON, (line, quote)
        assert quote.speaker == line.split(",")[0], line


def test_a_trailer_line_closing_its_sentence_is_held() -> None:
    for line in (
        "The teaser opens on a pier. “Do we ever get to go home?” Wren asks in voiceover.",
        "It ends on the lighthouse. “Run!” a narrator shouts over the final shot.",
    ):
        found = facts("Harbour Glass stars Ottilie Vance as Wren.", line)
        assert not any(q.served for q in found.quotes), line


def test_a_name_in_a_persons_aside_is_not_the_speaker() -> None:
    for line in (
        "Pryce, whose other film this year was the thriller The Quiet Lock, in which she played "
        "a detective named Ruth Kell, says the show feels like family. “You leave, and you come "
        "back, and it is all still here.”",
        "Pryce, who starred in the drama Winter Acre, says the show feels like family. “You "
        "leave, and you come back, and it is all still here.”",
    ):
        found = facts("Delia Pryce returns for the last series of Corran Bay.", line)
        quote = _served(found, "You leave, and you come back")
        assert quote is not None and quote.speaker == "Delia Pryce", (line, quote)


def test_a_streamer_named_only_after_its_words_is_the_one_organisation() -> None:
    for later in ("The film lands on Lumenflix next month.", "It premieres on Lumenflix in May."):
        found = facts(
            "The date is now official. “See you on 04.05 🌊,” the streamer posted this morning.",
            later,
        )
        quote = _served(found, "See you on")
        assert quote is not None and quote.speaker == "Lumenflix", (later, quote)


def test_someone_where_they_wrote_is_an_unnamed_source() -> None:
    for line in (
        "Somebody on the Reddit thread replied: “this is giving Lark meets Tide”.",
        "Someone in the comments wrote: “this is giving Lark meets Tide”.",
    ):
        found = facts("The Harrow Gate trailer is out.", line)
        quote = _served(found, "this is giving")
        assert quote is not None and quote.source is SourceKind.UNNAMED, (line, quote)
