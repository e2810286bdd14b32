"""A bare "the company said" after only a streamer is named is the streamer's; a quotation that
"ran" as one post is an unnamed poster's, never the sentence's other subject's. A named company
before "the company" and a headline that "ran" stay as they were."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact, SourceKind


def _quotes(*paras: str) -> tuple[QuoteFact, ...]:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", paras)
    return extract_facts(article).quotes


def _quote(text: str, *paras: str) -> QuoteFact:
    return next(q for q in _quotes(*paras) if q.text == text)


def test_the_company_said_after_a_streamer_chart() -> None:
    paras = (
        "Lanternfall is still the most-watched film on Netflix, with 12.1 million views.",
        "“Lanternfall is now our biggest debut of the year,” the company said on Monday.",
    )
    quote = _quote("Lanternfall is now our biggest debut of the year", *paras)
    assert (quote.speaker, quote.source) == ("Netflix", SourceKind.ORGANISATION)


def test_the_company_added_after_a_channel_named() -> None:
    paras = (
        "Channel 4 drew 3.2 million viewers for the finale of The Pewter Coast on Sunday.",
        "“We are thrilled with the response,” the company added in a statement.",
    )
    quote = _quote("We are thrilled with the response", *paras)
    assert (quote.speaker, quote.source) == ("Channel 4", SourceKind.ORGANISATION)


def test_a_named_company_before_stays_the_company() -> None:
    paras = (
        "Brindle Hill Productions made The Pewter Coast for Channel 4.",
        "“We are thrilled with the response,” the company said.",
    )
    quote = _quote("We are thrilled with the response", *paras)
    assert quote.speaker != "Channel 4"


def test_words_that_ran_as_one_angry_post() -> None:
    para = (
        "When Netflix said on 3 May that Lanternfall would end after one film, fans were quick "
        "to react. “They've killed it,” ran one angry post, which was not quite fair."
    )
    quote = _quote("They've killed it", para)
    assert quote.source is SourceKind.UNNAMED
    assert quote.speaker != "Netflix"


def test_words_that_read_as_another_viral_tweet() -> None:
    para = (
        "After the BBC confirmed the finale date, the mood online soured. “Worst news all year,” "
        "went another viral tweet."
    )
    quote = _quote("Worst news all year", para)
    assert quote.source is SourceKind.UNNAMED
    assert quote.speaker != "BBC"


def test_a_headline_that_ran_is_left_alone() -> None:
    para = "“Lanternfall bows out,” ran the headline in the Tilbury Courier the next morning."
    quote = _quote("Lanternfall bows out", para)
    assert quote.source is not SourceKind.UNNAMED
