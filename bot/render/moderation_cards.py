"""Cards for moderators' answers: alert settings, the news desk, the moderator role, the
owner's sync.

Moderators see these privately. Channels and roles are shown as Discord mentions
(``<#id>``, ``<@&id>``): they render as names in the client and ping no one, since every reply
is sent with no mentions allowed.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.alerts import NO_HISTORY
from bot.answers.lookups import ReleaseStatement
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
from bot.facts import ArticleFacts
from bot.render import release_words
from bot.render.alert_status import pause_line, ping_text, route_filter
from bot.render.common import Card, Field, Style, Tone, counted, in_words, shorten

MAX_LISTED_FACTS = 10
QUOTE_CHARS = 150


def alerts_on(answer: AlertsOn, style: Style) -> list[Card]:
    route = answer.route
    where = f"<#{route.channel_id}>" + (" (a new post for each alert)" if route.forum else "")
    what = f"{route_filter(route, style)}; {ping_text(route.role_id)}."
    if answer.created:
        lines = [f"News alerts will be posted in {where}: {what}"]
    else:
        lines = [f"News alerts in {where} from now on: {what}"]
    if answer.silent_ping:
        lines.append(
            f"<@&{route.role_id}> is not mentionable and I lack *Mention All Roles*, so the "
            "ping will not notify anyone: make the role mentionable or grant me that."
        )
    if route.role_id is not None:
        lines.append("To stop the ping: `/alerts set` with this channel and `ping:off`.")
    if answer.no_history:
        lines.append(NO_HISTORY)
    return [Card("News alerts on", "\n".join(lines))]


def alerts_off(answer: AlertsOff, style: Style) -> list[Card]:
    where = f"<#{answer.channel_id}>" if answer.channel_id else "this server"
    if not answer.was_on:
        return [Card("News alerts off", f"No news alerts were going to {where}.")]
    text = f"No more news alerts will be posted in {where}."
    if answer.remaining:
        count = answer.remaining
        text += f" Alerts still go to {count} other channel{'s' if count != 1 else ''}."
    return [Card("News alerts off", text)]


def alerts_paused(answer: AlertsPaused, style: Style) -> list[Card]:
    text = pause_line(answer.until)
    if answer.waiting:
        text += f"\n{answer.waiting} alert{'s' if answer.waiting != 1 else ''} already waiting."
    return [Card("News alerts paused", text, tone=Tone.NOTICE)]


def alerts_resumed(answer: AlertsResumed, style: Style) -> list[Card]:
    if not answer.was_paused:
        return [Card("News alerts", "News alerts were not paused.")]
    text = "News alerts flow again."
    if answer.digests:
        text += " What waited comes as one digest per channel."
    return [Card("News alerts resumed", text)]


def alert_resent(answer: AlertResent, style: Style) -> list[Card]:
    title = style.plain(shorten(answer.title, 100))
    if answer.paused:
        text = f"“{title}” goes to <#{answer.channel_id}> when alerts resume."
    else:
        text = f"“{title}” is being posted in <#{answer.channel_id}>."
    return [Card("Alert resent", text)]


def sample_alert_sent(answer: SampleAlertSent, style: Style) -> list[Card]:
    where = f"<#{answer.channel_id}>"
    if not answer.title:
        return [Card("Test alert sent", f"Sent a sample alert to {where}: no article yet.")]
    text = f"Sent the alert for “{style.plain(shorten(answer.title, 100))}” to {where}."
    if not answer.route_takes_it:
        text += "\nThis channel's filter would not post this article for real."
    return [Card("Test alert sent", text)]


def premiere_events(answer: PremiereEvents, style: Style) -> list[Card]:
    if not answer.enabled:
        return [Card("Premiere events off", "I won't create or move the event.")]
    text = "When a premiere date is announced, I'll create a Discord event for it here."
    if answer.missing_manage_events:
        text += (
            "\nBut I lack the *Manage Events* permission, so I can't create it yet: "
            "grant it to my role, then run `/alerts events on` again."
        )
        return [Card("Premiere events on", text, tone=Tone.NOTICE)]
    return [Card("Premiere events on", text)]


def article_added(answer: ArticleAdded, style: Style) -> list[Card]:
    if answer.earlier:
        return [
            Card(
                f"Already added: {style.plain(answer.headline)}",
                f"This title and text were added a moment ago, as `{answer.file_name}`: "
                "nothing new was saved, and nobody gets a second alert.",
                facts_fields(answer.facts, style),
                tone=Tone.NOTICE,
            )
        ]
    return [
        Card(
            f"Added: {style.plain(answer.headline)}",
            f"Saved as `{answer.file_name}`. Subscribed servers get an alert in a moment.",
            facts_fields(answer.facts, style),
        )
    ]


def article_removed(answer: ArticleRemoved, style: Style) -> list[Card]:
    return [Card("Removed", f"“{style.plain(answer.title)}” and its facts are retracted.")]


def commands_synced(answer: CommandsSynced, style: Style) -> list[Card]:
    where = "every server (this can take a while)" if answer.everywhere else "this server"
    text = f"Published {counted(answer.count, 'command')} to {where}."
    if not answer.guild_copies:
        return [Card("Commands synced", text)]
    for guild_id in answer.guild_copies:
        text += (
            f"\nServer {guild_id} also has its own copy, so its members see every command "
            f"twice. Remove it with `python -m bot sync --clear --guild {guild_id}`."
        )
    return [Card("Commands synced", text, tone=Tone.NOTICE)]


WHO_MODERATES = "Members with the Manage Server permission are moderators"


def moderator_role_set(answer: ModeratorRoleSet, style: Style) -> list[Card]:
    text = (
        f"Members with the role {style.strong(answer.role_name)} are moderators here now, as are "
        "members with the Manage Server permission. Taking the role from someone takes the "
        "right away."
    )
    return [Card("Moderator role set", text)]


def moderator_role_shown(answer: ModeratorRoleShown, style: Style) -> list[Card]:
    if answer.role_id is None:
        text = f"{WHO_MODERATES}; no moderator role is set (`/moderators set role:` names one)."
    elif not answer.role_name:
        text = (
            f"{WHO_MODERATES}. The moderator role was deleted: name another with "
            "`/moderators set role:`."
        )
    else:
        text = (
            f"{WHO_MODERATES}, and so are members with the role {style.strong(answer.role_name)}."
        )
    return [Card("Moderators", text)]


def moderator_role_cleared(answer: ModeratorRoleCleared, style: Style) -> list[Card]:
    if not answer.was_set:
        return [Card("Moderator role cleared", "No moderator role was set.")]
    return [Card("Moderator role cleared", f"{WHO_MODERATES}, and only they.")]


def facts_fields(facts: ArticleFacts, style: Style) -> tuple[Field, ...]:
    """What the extractor found in a moderator's article, for them to check."""
    cast = [f"{style.strong(c.actor)} as {style.strong(c.character)}" for c in facts.cast]
    crew = [f"{style.strong(c.name)}, {in_words(c.role)}" for c in facts.crew]
    release = [
        release_words.statement(
            ReleaseStatement(fact.kind, fact.date, fact.window, fact.title, fact.hedged),
            None,
            style,
        )
        for fact in facts.release
    ]
    quotes = [
        f"“{style.plain(shorten(q.text, QUOTE_CHARS))}” — {style.plain(q.speaker)}"
        for q in facts.quotes
    ]
    fields = [
        Field(name, _listed(lines))
        for name, lines in (
            ("Cast", cast),
            ("Crew", crew),
            ("Release", release),
            ("Quotes", quotes),
        )
        if lines
    ]
    return tuple(fields) or (Field("Facts found", "None: it will be a plain news alert."),)


def _listed(lines: Sequence[str]) -> str:
    shown = list(lines[:MAX_LISTED_FACTS])
    if len(lines) > MAX_LISTED_FACTS:
        shown.append(f"and {len(lines) - MAX_LISTED_FACTS} more")
    return "\n".join(f"• {line}" for line in shown)
