"""What an answer says, independent of where it is shown.

An answer becomes one or more :class:`Card` pages (title, text, fields, footer); so does an
expected error. The Discord renderer turns a card into an embed and the console renderer into
plain text; only a :class:`Style` differs: how dates look, how names are emphasised, how user
text is made harmless. The cards of moderators' answers (alerts, corrections, the news desk,
feeds) are imported when one is first shown: READY needs none of them, and members' answers
keep theirs loaded.
"""

from __future__ import annotations

from bot.answers import Answer, ModeratorAnswer
from bot.answers.alerts import AlertStatus
from bot.answers.corrections import Corrected, CorrectionLog, CorrectionUndone, HeldFacts
from bot.answers.errors import ECHO, ActionFailed, ExpectedError
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
from bot.render import cast_cards, info_cards, news_cards
from bot.render.common import Card, Style, Tone


def cards_for(answer: Answer, style: Style) -> list[Card]:
    """The pages for any answer a command gives (most answers fit on one)."""
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
        case CommandHelp():
            return info_cards.command_help(answer, style)
        case NotFound():
            return info_cards.not_found(answer, style)
        case _:
            return _moderator_cards(answer, style)


def _moderator_cards(answer: ModeratorAnswer, style: Style) -> list[Card]:
    from bot.render import (  # noqa: PLC0415 - not loaded before READY
        correction_cards,
        moderation_cards,
        web_cards,
    )
    from bot.render.alert_status import status_card  # noqa: PLC0415

    match answer:
        case AlertStatus():
            return [status_card(answer, style)]
        case AlertsOn():
            return moderation_cards.alerts_on(answer, style)
        case AlertsOff():
            return moderation_cards.alerts_off(answer, style)
        case AlertsPaused():
            return moderation_cards.alerts_paused(answer, style)
        case AlertsResumed():
            return moderation_cards.alerts_resumed(answer, style)
        case AlertResent():
            return moderation_cards.alert_resent(answer, style)
        case SampleAlertSent():
            return moderation_cards.sample_alert_sent(answer, style)
        case PremiereEvents():
            return moderation_cards.premiere_events(answer, style)
        case ArticleAdded():
            return moderation_cards.article_added(answer, style)
        case ArticleRemoved():
            return moderation_cards.article_removed(answer, style)
        case CommandsSynced():
            return moderation_cards.commands_synced(answer, style)
        case LinkPreview():
            return web_cards.link_preview(answer, style)
        case LinkDropped():
            return web_cards.link_dropped(answer, style)
        case FeedFollowed():
            return web_cards.feed_followed(answer, style)
        case FeedList():
            return web_cards.feed_list(answer, style)
        case FeedUnfollowed():
            return web_cards.feed_unfollowed(answer, style)
        case ModeratorRoleSet():
            return moderation_cards.moderator_role_set(answer, style)
        case ModeratorRoleShown():
            return moderation_cards.moderator_role_shown(answer, style)
        case ModeratorRoleCleared():
            return moderation_cards.moderator_role_cleared(answer, style)
        case HeldFacts():
            return correction_cards.held_facts(answer, style)
        case CorrectionLog():
            return correction_cards.correction_log(answer, style)
        case Corrected():
            return correction_cards.corrected(answer, style)
        case CorrectionUndone():
            return correction_cards.undone(answer, style)


def error_card(error: ExpectedError, style: Style) -> Card:
    """An expected error as the member sees it: its title, its message, what they typed
    (made harmless by ``style``). A failure to finish is shown as an error, the rest as notices.
    """
    message = error.message
    if error.echo is not None:
        message = message.replace(ECHO, style.echo(error.echo))
    tone = Tone.ERROR if isinstance(error, ActionFailed) else Tone.NOTICE
    return Card(error.title, message, tone=tone)
