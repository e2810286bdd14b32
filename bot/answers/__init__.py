"""Typed answers: what every command returns, rendered as embeds for Discord or text for the CLI.

Plain, immutable data, free of I/O: the query layer and the moderators' actions build them, the
presenter (:mod:`bot.client.presenters`) renders them. When a command cannot answer it raises
one of :mod:`bot.answers.errors` instead, which the same presenter shows.
"""

from __future__ import annotations

from bot.answers.alerts import AlertStatus
from bot.answers.corrections import Corrected, CorrectionLog, CorrectionUndone, HeldFacts
from bot.answers.lookups import (
    ArticleList,
    ArticleSummary,
    CastList,
    CommandHelp,
    CrewList,
    Help,
    NotFound,
    QuoteAnswer,
    ReleaseInfo,
    SearchResults,
    Stats,
    WhoIs,
    WhoPlays,
)
from bot.answers.moderation import (
    AlertResent,
    AlertsOff,
    AlertsOn,
    AlertsPaused,
    AlertsResumed,
    ArticleAdded,
    ArticleRemoved,
    CommandsSynced,
    ModeratorRoleCleared,
    ModeratorRoleSet,
    ModeratorRoleShown,
    PremiereEvents,
    SampleAlertSent,
)
from bot.answers.web import (
    FeedFollowed,
    FeedList,
    FeedUnfollowed,
    LinkDropped,
    LinkPreview,
)

MemberAnswer = (
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
    | CommandHelp
)
"""The answers any member gets: the lookups."""
ModeratorAnswer = (
    AlertStatus
    | AlertsOn
    | AlertsOff
    | AlertsPaused
    | AlertsResumed
    | AlertResent
    | SampleAlertSent
    | PremiereEvents
    | ArticleAdded
    | ArticleRemoved
    | CommandsSynced
    | LinkPreview
    | LinkDropped
    | FeedFollowed
    | FeedList
    | FeedUnfollowed
    | ModeratorRoleSet
    | ModeratorRoleShown
    | ModeratorRoleCleared
    | HeldFacts
    | CorrectionLog
    | Corrected
    | CorrectionUndone
)
"""The answers only moderators and the operator get."""
Answer = MemberAnswer | ModeratorAnswer
"""Any answer a command can give: a lookup's, or a moderator action's."""
