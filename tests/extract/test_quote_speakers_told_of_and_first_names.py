"""A "she says" set inside a sentence about "him" ("He is, she says, “...”") is never his own
line; an unnamed someone who gives only a first name ("who would give only her first name,
Dora", "One, 16-year-old Tilly from Deal,") is held, never served as an unnamed source."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact, SourceKind

_CAST = "Starring: Pella Norrish (Ines Vantor), Tomas Quayle (Rob Vantor)"


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _found(text: str, *paras: str) -> QuoteFact:
    return next(q for q in _quotes(*paras) if q.text == text)


def _credited(fact: QuoteFact) -> bool:
    return fact.served and fact.source is not SourceKind.UNATTRIBUTED


def test_he_is_she_says_is_not_his_line() -> None:
    paras = (
        "Wenna Castell orders tea, then coffee. “I'm like this about everything,” she says.",
        "“Colm sent me the script,” Castell recalls. Colm is Colm Ardagh, who created the series. "
        "He is, she says, “the calmest man alive. He knits on set.”",
    )
    assert _found("the calmest man alive. He knits on set.", *paras).speaker != "Colm Ardagh"


def test_she_was_he_says_is_not_her_line() -> None:
    paras = (
        "Bram Oduya is late. “Traffic,” he shrugs.",
        "Oduya first worked with Gwen Marsk in 2019. Marsk is Gwen Marsk, the show's creator. "
        "She was, he says, “terrifying for about a week.”",
    )
    assert _found("terrifying for about a week.", *paras).speaker != "Gwen Marsk"


def test_it_was_she_says_stays_hers() -> None:
    paras = (
        "Wenna Castell orders tea. “I'm like this about everything,” says the 30-year-old.",
        "Her agent rang that night. It was, she says, “the best call of my life.”",
    )
    assert _found("the best call of my life.", *paras).speaker == "Wenna Castell"


def test_who_would_give_only_her_first_name_is_held() -> None:
    para = "One fan at the door, who would give only her first name, Dora, said: “Not ready.”"
    assert not _credited(_found("Not ready.", _CAST, para))


def test_one_then_an_aged_first_name_is_not_an_unnamed_source() -> None:
    para = "Fans were thrilled. One, 16-year-old Tilly from Deal, said: “I cried twice.”"
    assert not _credited(_found("I cried twice.", _CAST, para))


def test_one_then_an_aged_full_name_stays_theirs() -> None:
    para = "Fans were thrilled. One fan, 20-year-old student Ada Vennor, said: “It was perfect.”"
    assert _found("It was perfect.", _CAST, para).speaker == "Ada Vennor"


def test_a_channel_says_then_a_quote_is_not_the_sentence_befores() -> None:
    para = (
        "Creator Ines Tarrow is back too. Channel 9 says filming begins on 2 March in Kent, and "
        "series two is “expected to air in late 2027”."
    )
    assert _found("expected to air in late 2027", para).speaker != "Ines Tarrow"


def test_a_studio_told_us_then_a_quote_is_not_the_sentence_befores() -> None:
    para = (
        "Director Colm Ardagh returns. Reedlight told us the shoot is over, and the cut is "
        "“nearly there”."
    )
    assert _found("nearly there", para).speaker != "Colm Ardagh"


def test_she_says_then_a_quote_stays_the_pronouns() -> None:
    para = "Ines Tarrow is back too. She says filming begins in March, and it is “a gift”."
    assert _found("a gift", para).speaker == "Ines Tarrow"
