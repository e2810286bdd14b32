"""Quoted words whose own sentence gives them another author than the speaker found: a report
the subject answers ("despite a report in one weekly that ... “...”"), one of two people before a
relative "who" ("Ada Vale and Tom Reed, who told us she'd “...”"), a message someone sent, read
out after a colon. The quote goes to no one rather than to the sentence's subject."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def _no_one(quote: QuoteFact) -> bool:
    return quote.source is SourceKind.UNATTRIBUTED or not quote.served


def test_words_of_a_report_the_subject_answers() -> None:
    for report in (
        "despite a report in one weekly that a prequel was",
        "though a story in a Saturday tabloid claimed that the lead was",
        "denying the rumour that the finale was",
    ):
        quote = _quote(
            "all but finished",
            "Director Corwen Ashgrove-Tull spoke to us on the red carpet.",
            f"He told us there were no plans for more episodes, {report} “all but finished”.",
        )
        assert _no_one(quote), report


def test_an_outlet_reporting_as_subject_keeps_its_words() -> None:
    quote = _quote(
        "all but finished",
        "Quillmark Weekly reports that the prequel script is “all but finished”.",
    )
    assert quote.source is not SourceKind.PERSON or quote.speaker != "Corwen Ashgrove-Tull"


def test_one_of_two_people_before_who() -> None:
    for pair in (
        "Tamsin Rooke-Hale (Bea) and Oriel Fanshold (Dot), who told us she'd",
        "Tamsin Rooke-Hale and Oriel Fanshold, who said she had",
    ):
        quote = _quote(
            "laughed all the way through",
            "The premiere of Saltings opened at 7pm.",
            f"First to arrive: {pair} “laughed all the way through” the screening.",
        )
        assert _no_one(quote), pair


def test_one_person_before_who_keeps_the_words() -> None:
    quote = _quote(
        "laughed all the way through",
        "The premiere of Saltings opened at 7pm.",
        "First to arrive: Oriel Fanshold, who told us she'd “laughed all the way through” the "
        "screening.",
    )
    assert (quote.speaker, quote.source) == ("Oriel Fanshold", SourceKind.PERSON)


def test_a_message_another_sent_read_out() -> None:
    for sent in ("reads out a text she sent the crew on the final night", "shares a note he left"):
        quote = _quote(
            "Thanks for putting up with me.",
            "Lysander Crofte-Mayne talks about the last week of the shoot.",
            f"Crofte-Mayne {sent}: “Thanks for putting up with me.”",
        )
        assert _no_one(quote), sent


def test_a_reader_speaking_after_a_colon_keeps_the_words() -> None:
    quote = _quote(
        "Thanks for putting up with me.",
        "Lysander Crofte-Mayne talks about the last week of the shoot.",
        "Crofte-Mayne says to the crew: “Thanks for putting up with me.”",
    )
    assert (quote.speaker, quote.source) == ("Lysander Crofte-Mayne", SourceKind.PERSON)


def test_a_report_as_subject_keeps_the_speakers_verdict() -> None:
    quote = _quote(
        "pure invention",
        "Director Corwen Ashgrove-Tull spoke to us on the red carpet.",
        "A rumour that he has been offered a superhero film is “pure invention”, he says.",
    )
    assert (quote.speaker, quote.source) == ("Corwen Ashgrove-Tull", SourceKind.PERSON)


def test_a_pair_in_a_closed_who_clause_leaves_the_next_speaker() -> None:
    quote = _quote(
        "the heart of it",
        "Director Corwen Ashgrove-Tull spoke to us on the red carpet.",
        "Asked about Tamsin Rooke-Hale and Oriel Fanshold, who play the sisters, "
        "Ashgrove-Tull said they were “the heart of it”.",
    )
    assert (quote.speaker, quote.source) == ("Corwen Ashgrove-Tull", SourceKind.PERSON)


def test_the_one_recalling_a_message_of_their_own_keeps_the_words() -> None:
    quote = _quote(
        "Please write me in.",
        "Lysander Crofte-Mayne talks about the last week of the shoot.",
        "Crofte-Mayne recalls the letter he wrote the producer that year: “Please write me in.”",
    )
    assert (quote.speaker, quote.source) == ("Lysander Crofte-Mayne", SourceKind.PERSON)


def test_a_message_a_group_sent_kept_by_the_subject() -> None:
    quote = _quote(
        "Welcome aboard.",
        "Lysander Crofte-Mayne talks about the last week of the shoot.",
        "Crofte-Mayne still has the card they left him on day one: “Welcome aboard.”",
    )
    assert _no_one(quote)


def test_a_writer_reading_out_her_own_statement_keeps_the_words() -> None:
    quote = _quote(
        "We did it",
        "The campaign to save the Harbour Playhouse won its vote on Monday.",
        "Ada Vale, who led it, wrote a statement that she read out on the steps: “We did it, all"
        " of us.”",
    )
    assert quote.speaker == "Ada Vale" and quote.served


def test_a_writer_reading_out_his_own_letter_keeps_the_words() -> None:
    quote = _quote(
        "Ten years",
        "The Pewter Hall closed its doors on Saturday.",
        "Tobin Larke, its founder, penned a letter that he read aloud to the last audience: “Ten"
        " years, and every seat was worth it.”",
    )
    assert quote.speaker == "Tobin Larke" and quote.served


def test_a_message_another_reads_aloud_is_not_the_readers() -> None:
    quote = _quote(
        "Keep the lights",
        "The Pewter Hall closed its doors on Saturday.",
        "Tobin Larke sent a message that Mara Quill read aloud: “Keep the lights on for me.”",
    )
    assert quote.speaker != "Mara Quill" or not quote.served
