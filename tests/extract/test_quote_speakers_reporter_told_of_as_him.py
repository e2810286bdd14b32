"""A "he said" after a sentence in which someone reports what was done to "him" ("Osric Tamm
explained that the director took him aside ...") is the reporter's words: "him" in reported
words is the reporter, so the quote is never given to an older subject of another sentence.
With no reporter ("The director took him aside."), or a reporter told of as "her", "him" is
still someone before."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_OPENING = (
    "Marguerite Hollis-Vane and Osric Tamm-Eberly join the podcast to talk about Saltmarsh Lights.",
    "Hollis-Vane, 24, told the hosts that the last day felt “like a fire drill that never ended”.",
)


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def test_the_reporter_of_him_says_the_next_words() -> None:
    for reported in (
        "Tamm-Eberly explained that the film's director, Piet Vandermolen, took him aside "
        "before the harbour scene.",
        "Tamm-Eberly recalled that the producer sent him back to the trailer twice.",
        "Tamm-Eberly told the hosts that the director kept him up until dawn.",
    ):
        found = _speaker(
            "That changed everything for me",
            *_OPENING,
            f"{reported} “That changed everything for me,” he said.",
        )
        assert found == ("Osric Tamm-Eberly", SourceKind.PERSON), reported


def test_him_with_no_reporter_or_told_by_her_is_still_the_older_subject() -> None:
    for told in (
        "The director took him aside before the harbour scene.",
        "Hollis-Vane explained that her director took him aside before the harbour scene.",
    ):
        quotes = [
            q
            for q in facts(
                "Osric Tamm-Eberly and Marguerite Hollis-Vane join the podcast to talk about "
                "Saltmarsh Lights.",
                f"Tamm-Eberly arrived late on the first day. {told} “That changed everything for "
                "me,” he said.",
            ).quotes
            if q.text == "That changed everything for me" and q.served
        ]
        assert [(q.speaker, q.source) for q in quotes] in (
            [("Osric Tamm-Eberly", SourceKind.PERSON)],
            [("", SourceKind.UNATTRIBUTED)],
            [],
        ), told
