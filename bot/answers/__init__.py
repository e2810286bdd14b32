"""Typed answers: what every command returns, rendered as embeds for Discord or text for the CLI.

Plain, immutable data, free of I/O: the query layer and the moderators' actions build them, the
presenter (:mod:`bot.client.presenters`) renders them.
"""

from __future__ import annotations

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

Answer = (
    NotFound
    | WhoPlays
    | ReleaseInfo
    | QuoteAnswer
    | WhoIs
    | CastList
    | CrewList
    | ArticleList
    | SearchResults
    | ArticleSummary
    | Stats
    | Help
    | Notice
)
"""Any answer a command can give."""
