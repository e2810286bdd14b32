""" "The broadcaster" in the sentence that names a channel ("BBC Two will show it “...”,
according to the broadcaster") is that channel's owner, even when the channel is not where the
article's work first airs: never an organisation called "broadcaster"."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article, QuoteFact, SourceKind

_LEAD = (
    "The first episode of Corrahan airs on Kellagh TV One on Sunday 8 March at 9pm, with the "
    "full box set landing on Kellagh TV Player straight after."
)


def _quote(text: str, para: str) -> QuoteFact:
    article = Article(dt.date(2026, 3, 2), "A lede.", "A headline", (_LEAD, para))
    return next(q for q in extract_facts(article).quotes if q.text == text)


def test_according_to_the_broadcaster_after_its_channel() -> None:
    para = (
        "UK viewers will have to wait: BBC Two is expected to show the series "
        '"sometime in the summer", according to the broadcaster.'
    )
    quote = _quote("sometime in the summer", para)
    assert quote.served
    assert quote.source is SourceKind.ORGANISATION
    assert quote.speaker.startswith("BBC")
