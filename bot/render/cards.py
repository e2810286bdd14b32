"""What an answer says, independent of where it is shown.

An answer becomes one or more :class:`Card` pages (title, text, fields, footer). The Discord
renderer turns a card into an embed and the console renderer into plain text; only a
:class:`Style` differs: how dates look, how names are emphasised, how user text is made
harmless.
"""

from __future__ import annotations

from bot.answers import Answer
from bot.answers.lookups import (
    ArticleList,
    ArticleSummary,
    CastList,
    CrewList,
    Help,
    NotFound,
    Notice,
    QuoteAnswer,
    ReleaseInfo,
    SearchResults,
    Stats,
    WhoIs,
    WhoPlays,
)
from bot.render import cast_cards, info_cards, news_cards
from bot.render.common import Card, Style, Tone


def cards_for(answer: Answer, style: Style) -> list[Card]:
    """The pages for any answer the query layer returns (most answers fit on one)."""
    match answer:
        case WhoPlays():
            return cast_cards.who_plays(answer, style)
        case WhoIs():
            return cast_cards.who_is(answer, style)
        case CastList():
            return cast_cards.cast(answer, style)
        case CrewList():
            return cast_cards.crew(answer, style)
        case ReleaseInfo():
            return news_cards.release(answer, style)
        case QuoteAnswer():
            return news_cards.quote(answer, style)
        case ArticleList():
            return news_cards.latest(answer, style)
        case SearchResults():
            return news_cards.search(answer, style)
        case ArticleSummary():
            return news_cards.article(answer, style)
        case Stats():
            return info_cards.stats(answer, style)
        case Help():
            return info_cards.help_card(answer, style)
        case NotFound():
            return info_cards.not_found(answer, style)
        case Notice():
            return info_cards.notice(answer, style)


def error_card(message: str) -> Card:
    return Card("Something went wrong", message, tone=Tone.ERROR)
