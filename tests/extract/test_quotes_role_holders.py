"""Quotes on invented text: a speaker named after a body's role ("said the week’s programme
director, X,") is X, never the body nor the company named last; words a who-clause judges with
("passing to X, who thanked Y for having “...”") are X's, not the sentence subject's."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact:
    return next(q for q in quotes if q.text.startswith(start))


def test_a_bodys_role_then_a_name_is_the_names() -> None:
    found = facts(
        "Saltglass opened the Harwick film week, months after talks with Vireo Pictures began.",
        "“The queue went round the block twice,” said the week’s programme director, Lena"
        " Okoro, who booked the film after a long courtship of Vireo Pictures. “Some came by"
        " ferry.”",
        title="Saltglass opens Harwick film week",
    )
    first = _quote(found.quotes, "The queue")
    assert (first.speaker, first.source) == ("Lena Okoro", SourceKind.PERSON)
    assert _quote(found.quotes, "Some came").speaker != "Vireo Pictures"


def test_a_role_without_a_name_after_it_is_left_to_the_other_rules() -> None:
    found = facts(
        "Saltglass opened the Harwick film week on Friday.",
        "“The queue went round the block twice,” said the week’s programme director.",
        title="Saltglass opens Harwick film week",
    )
    assert _quote(found.quotes, "The queue").speaker != "Lena Okoro"


def test_words_a_who_clause_praises_with_are_its_subjects() -> None:
    found = facts(
        "Dorota Vance spoke first. “You grew up with them,” she said, before passing the"
        " microphone to Tobias Wren, who thanked Margit Halloway for having “held the whole"
        " crew together” through the winter shoot.",
        title="Saltglass gets a send-off",
    )
    quote = _quote(found.quotes, "held the whole")
    assert quote.speaker != "Dorota Vance"
    if quote.served and quote.speaker:
        assert quote.speaker == "Tobias Wren"


def test_the_main_speakers_fragment_is_still_theirs_without_a_who_clause() -> None:
    found = facts(
        "Dorota Vance spoke first. She thanked the crew for having “held the whole thing"
        " together” through the winter shoot, she said.",
        title="Saltglass gets a send-off",
    )
    quote = _quote(found.quotes, "held the whole")
    assert quote.speaker != "Tobias Wren"
