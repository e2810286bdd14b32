"""A handle the article sets beside an unnamed poster names that poster: one opening the sentence
with the unnamed words as its aside ("@x, one of the fans outside, summed it up: “...”"), or
one owned by a relative clause after a trailing attribution ("“...,” wrote one fan on X, whose
handle @x has since gone quiet"). A handle answered, not apposed, stays someone else."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact

_LEAD = "Lumen Pictures announced the film Tidewrack in May."


def _quote(text: str, para: str) -> QuoteFact:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_LEAD, para))
    return next(q for q in extract_facts(article).quotes if q.text == text)


def test_a_handle_opening_the_sentence_before_an_unnamed_aside_is_the_poster() -> None:
    para = (
        "Cheers all round. @reedbank_77, one of the fans outside, summed it up: “best night ever”."
    )
    assert _quote("best night ever", para).speaker == "@reedbank_77"


def test_a_handle_before_an_unnamed_aside_with_a_platform_is_the_poster() -> None:
    para = "@marshlight_fan, a viewer in Leeds, put it on Threads: “I cried the whole way through”."
    assert _quote("I cried the whole way through", para).speaker == "@marshlight_fan"


def test_a_handle_owned_by_whose_after_a_trailing_attribution_is_the_poster() -> None:
    para = (
        "“a sequel??? already?? i need a nap,” wrote one fan on X, whose handle @dunmore_ray "
        "has since gone quiet."
    )
    assert _quote("a sequel??? already?? i need a nap", para).speaker == "@dunmore_ray"


def test_whose_account_is_after_a_trailing_attribution_is_the_poster() -> None:
    para = "“this cast is perfect,” posted one viewer, whose account is @kelp_and_co, on Sunday."
    assert _quote("this cast is perfect", para).speaker == "@kelp_and_co"


def test_a_handle_answered_by_an_unnamed_poster_stays_someone_else() -> None:
    para = "Replying to @reedbank_77, one of the fans outside wrote: “best night ever”."
    assert _quote("best night ever", para).speaker != "@reedbank_77"
