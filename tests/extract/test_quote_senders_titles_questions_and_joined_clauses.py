"""Quote speakers on invented text: a message read out is its sender's, never its reader's; a
title after a capital "The" is no one who speaks; "Does he miss X?" makes X no antecedent of
"he"; and ", and composer Y, who ..., teased" is Y's clause, not the first name's."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(*paragraphs: str, start: str, title: str | None = None) -> QuoteFact:
    found = facts(*paragraphs, date="2026-04-02", title=title)
    return next(q for q in found.quotes if q.text.startswith(start))


def test_a_message_read_out_is_its_senders() -> None:
    quote = _quote(
        "Marrowdale opened the Lindqvist festival on Friday night.",
        "Director Pella Sarno introduced the film alongside star Tobin Achary. “It is yours now,”"
        " Sarno said.",
        "Wren Halloway, filming abroad all month, had left a note that Achary read out. “Hello"
        " from a very wet Oslo,” it began. “Look after the dog.”",
        start="Hello from",
    )
    assert quote.speaker == "Wren Halloway"


def test_a_message_with_no_sender_named_is_no_ones() -> None:
    for told in (
        "Achary read out a note from his phone.",
        "Tobin Achary posted a letter he received from a young fan.",
    ):
        quote = _quote(
            "Marrowdale opened the Lindqvist festival on Friday night.",
            "Director Pella Sarno introduced the film alongside star Tobin Achary.",
            f"{told} “Hello from a very wet Oslo,” it began.",
            start="Hello from",
        )
        # the reader or the one who passed it on is never the writer: no one
        assert quote.source is SourceKind.UNATTRIBUTED, quote


def test_a_title_after_a_capital_the_speaks_for_no_one() -> None:
    found = facts(
        "Composer Tomek Halvard on writing the music for Merrow's animated fable The Copper Bells.",
        "Tomek Halvard keeps a broken harmonium in his studio. It became “the heartbeat” of The"
        " Copper Bells, the fable Merrow releases on 12 December, he says.",
        "The Copper Bells is his first animated feature. Producer Ada Frost says he was hired on"
        " one demo.",
        "Before then, The Copper Bells has its premiere at a family gala.",
        "Next, he reunites with Dov Arkin on a thriller.",
        "“I never want to be the composer who only does one thing,” he says.",
        date="2026-04-02",
    )
    quote = next(q for q in found.quotes if q.text.startswith("I never want"))
    assert quote.source is SourceKind.UNATTRIBUTED, quote


def test_a_person_named_as_a_title_without_the_still_speaks() -> None:
    quote = _quote(
        "Ilse Marchetti scored the drama Copperfield Lane.",
        "“I never want to do only one thing,” Marchetti says.",
        start="I never want",
    )
    assert quote.speaker == "Ilse Marchetti"


def test_a_question_about_him_names_no_one_he_stands_for() -> None:
    found = facts(
        "Dario Venn was nine when he booked his first job.",
        "The drama was Saltmere, and Olly Marsh – the swimmer who falls for the boy next door –"
        " turned Venn into a star.",
        "“I think I’ll be Olly to some people until I’m 70,” Venn says.",
        "Venn is cagey about what’s next. “Rumours are lovely,” he says.",
        "Is he sad to say goodbye to Olly? He grins. “Ask me in a year.”",
        date="2026-04-02",
        title="Dario Venn: the boy from Saltmere has grown up",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Ask me"))
    assert quote.speaker == "Dario Venn"


def test_a_sentence_whose_subject_is_a_name_still_gives_it() -> None:
    found = facts(
        "Dario Venn was nine when he booked his first job.",
        "Venn is cagey about what’s next. Does Venn miss the part? He laughs. “Ask me in a year.”",
        date="2026-04-02",
        title="Dario Venn: the boy from Saltmere has grown up",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Ask me"))
    assert quote.speaker == "Dario Venn"


def test_a_joined_clause_gives_the_words_to_its_own_subject() -> None:
    quote = _quote(
        "Tidewell returns on Friday April 17.",
        "The songs for the second run were chosen by music supervisor Ansel Brack, and composer"
        " Mira Tollan, who wrote the theme, hinted in a podcast that there is “a new version of"
        " an old favourite” on it.",
        start="a new version",
    )
    assert quote.speaker == "Mira Tollan"


def test_an_aside_without_and_stays_the_speakers() -> None:
    quote = _quote(
        "Tidewell returns on Friday April 17.",
        "Composer Mira Tollan, who scored the film, teased on Instagram that there is “a new"
        " version of an old favourite” on it.",
        start="a new version",
    )
    assert quote.speaker == "Mira Tollan"
