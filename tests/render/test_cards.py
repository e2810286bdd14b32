"""Every answer (and every expected error) rendered for Discord stays inside Discord's limits
and executes no user text."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers import Answer
from bot.answers.alerts import (
    AlertKind,
    AlertRoute,
    AlertStatus,
    Delivered,
    EventState,
    Pause,
    RouteStatus,
    ServerAlerts,
)
from bot.answers.corrections import (
    Corrected,
    CorrectionEntry,
    CorrectionLog,
    CorrectionUndone,
    HeldFact,
    HeldFacts,
)
from bot.answers.errors import (
    ECHO,
    ActionFailed,
    Busy,
    ExpectedError,
    InvalidInput,
    NotAllowed,
    NotFoundError,
)
from bot.answers.lookups import (
    ArticleList,
    ArticleSummary,
    CastEntry,
    Casting,
    CastList,
    CastOrder,
    CommandHelp,
    Credit,
    CrewJob,
    CrewList,
    FactLine,
    Help,
    HelpEntry,
    HelpSection,
    KnownAs,
    NotFound,
    QuoteAnswer,
    ReleaseLine,
    ReleaseStatement,
    SearchHit,
    SearchResults,
    Source,
    Stats,
    WhoIs,
    WhoPlays,
)
from bot.answers.moderation import (
    AlertsOn,
    ArticleAdded,
    ModeratorRoleCleared,
    ModeratorRoleSet,
    ModeratorRoleShown,
)
from bot.client.presenters import DiscordPresenter
from bot.corrections import CorrectionAction, FactId, FactKind
from bot.facts import ArticleFacts, CastFact, QuoteFact, ReleaseKind
from bot.render.cards import cards_for, error_card
from bot.render.common import Tone, sources_footer
from bot.render.embeds import DiscordStyle
from bot.render.text import TextStyle, text_for

TITLE = ReleaseKind.TITLE
HUGE = "word " * 1500
NOW = dt.datetime(2032, 1, 1, tzinfo=dt.UTC)
SOURCE = Source("a.txt", "A headline @everyone **bold**", dt.date(2025, 6, 2))
BIG_SOURCES = tuple(Source(f"{n}.txt", HUGE, dt.date(2025, 1, 1)) for n in range(40))


def _entry(number: int) -> CorrectionEntry:
    """A correction of every field at its longest."""
    actions = list(CorrectionAction)
    return CorrectionEntry(
        number=number,
        action=actions[number % len(actions)],
        fact_id=FactId(FactKind.QUOTE, number),
        subject=HUGE,
        value=HUGE[:100],
        previous=HUGE[:100],
        name_kind="person",
        reason=HUGE[:200],
        user_id=number,
        user_name=HUGE[:32],
        guild_id=number,
        guild_name=HUGE[:100],
        made_at=dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
        undone_at=None if number % 2 else dt.datetime(2026, 1, 3, tzinfo=dt.UTC),
        in_use=bool(number % 3),
    )


ANSWERS: list[Answer] = [
    WhoPlays(
        "Ada " * 200,
        ("A",) * 300,
        Casting("B " * 500, SOURCE),
        (Casting("C", SOURCE),) * 60,
        BIG_SOURCES,
    ),
    WhoIs(
        "Ada",
        ("Ad",),
        tuple(Credit(SOURCE, character=f"Role {n}") for n in range(300)),
        3,
        BIG_SOURCES,
    ),
    CastList(
        tuple(CastEntry(f"Character {n} " + "x" * 80, f"Actor {n}", SOURCE) for n in range(120)),
        CastOrder.NEWEST,
    ),
    CrewList(tuple(CrewJob(f"job_{n}", ("P " * 300,)) for n in range(60)), BIG_SOURCES),
    QuoteAnswer(7, HUGE, "Speaker", False, SOURCE),
    ArticleList(BIG_SOURCES[:25], 40),
    SearchResults(
        "<@123> " * 100, tuple(SearchHit(s, "\x02x\x03 " + HUGE) for s in BIG_SOURCES[:10])
    ),
    ArticleSummary(
        SOURCE,
        HUGE,
        (FactLine(FactId(FactKind.CAST, 1), "A", "B"),) * 200,
        (FactLine(FactId(FactKind.CREW, 2), "D", "director"),) * 200,
        (ReleaseLine(FactId(FactKind.RELEASE, 3), ReleaseStatement(TITLE, title=HUGE)),) * 50,
        (FactId(FactKind.QUOTE, 4),) * 300,
    ),
    Stats(1, 2, 3, 4, None, None, "0.1.0"),
    Help(tuple(HelpSection(f"S{n}", (HelpEntry("/x", HUGE[:300], "/x"),) * 5) for n in range(30))),
    NotFound("character", "@everyone <@&1> " + HUGE, ("Ada", "Bo")),
    AlertStatus(
        ServerAlerts(1, events_enabled=True, pause=Pause(NOW, NOW)),
        tuple(
            RouteStatus(
                AlertRoute(1, n, kinds=frozenset({AlertKind.DATES}), keywords=(HUGE[:60],) * 20),
                tuple(Delivered(d, HUGE, n, None, d) for d in range(3)),
                problem=HUGE,
            )
            for n in range(10)
        ),
        4,
        tuple(Delivered(n, HUGE, 2, None, error=HUGE) for n in range(20)),
        EventState(1, None, dt.date(2032, 2, 13), HUGE),
        premiere=dt.date(2032, 2, 13),
    ),
    AlertsOn(AlertRoute(1, 2, keywords=(HUGE[:60],) * 20, role_id=3), silent_ping=True),
    HeldFacts(
        tuple(
            HeldFact(FactLine(FactId(FactKind.QUOTE, n), HUGE, HUGE), HUGE, SOURCE, 0.5, HUGE)
            for n in range(25)
        ),
        400,
    ),
    CorrectionLog(tuple(_entry(n) for n in range(100)), 300),
    Corrected(_entry(1), alerted=True),
    CorrectionUndone(_entry(2)),
    ModeratorRoleSet(5, HUGE[:100]),
    ModeratorRoleShown(None),
    ModeratorRoleShown(6, HUGE[:100]),
    ModeratorRoleCleared(was_set=True),
    ArticleAdded(
        "a.txt",
        HUGE,
        ArticleFacts(
            cast=(CastFact(HUGE, HUGE, ""),) * 30,
            quotes=(QuoteFact(HUGE, HUGE, True, ""),) * 30,
        ),
    ),
]


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda answer: type(answer).__name__)
def test_every_embed_fits_discord_limits(answer: Answer) -> None:
    for embed in DiscordPresenter().embeds(answer):
        assert len(embed) <= 6000
        assert len(embed.fields) <= 25
        assert len(embed.title or "") <= 256
        assert len(embed.description or "") <= 4096
        assert all(
            len(field.name or "") <= 256 and len(field.value or "") <= 1024
            for field in embed.fields
        )
        assert len(embed.footer.text or "") <= 2048


def test_a_long_cast_is_split_into_numbered_pages() -> None:
    pages = cards_for(ANSWERS[2], DiscordStyle())
    assert len(pages) == 6
    assert pages[0].footer.startswith("Page 1 of 6")
    shown = "\n".join(page.description for page in pages)
    assert all(f"Actor {n}" in shown for n in range(120))


def test_user_text_and_stored_text_cannot_mention_or_format() -> None:
    (card,) = cards_for(NotFound("character", "@everyone **x** <@&1>"), DiscordStyle())
    assert "@everyone" not in card.description.replace("@\u200beveryone", "")
    assert "\\*\\*x\\*\\*" in card.description
    (quote,) = cards_for(QuoteAnswer(1, "hi", "@here", False, SOURCE), DiscordStyle())
    assert "@here" not in quote.description.replace("@\u200bhere", "")


def test_date_only_facts_are_the_date_itself_on_discord_and_in_the_console() -> None:
    answer = QuoteAnswer(1, "hi", "Ada", False, SOURCE)
    (discord_card,) = cards_for(answer, DiscordStyle())
    (text_card,) = cards_for(answer, TextStyle())
    assert "(2 June 2025)" in discord_card.fields[0].value
    assert "<t:" not in discord_card.fields[0].value
    assert "2 June 2025" in text_for(text_card)
    assert "<t:" not in text_for(text_card)


def test_search_highlights_are_bold_on_discord_and_bracketed_in_text() -> None:
    answer = SearchResults("film", (SearchHit(SOURCE, "the \x02film\x03 *wraps*"),))
    (discord_card,) = cards_for(answer, DiscordStyle())
    (text_card,) = cards_for(answer, TextStyle())
    assert discord_card.fields[0].value == "the **film** \\*wraps\\*"
    assert text_card.fields[0].value == "the [film] *wraps*"


@pytest.mark.parametrize(
    ("error", "title"),
    [
        (NotAllowed("You need the Manage Server permission."), "Not allowed"),
        (NotFoundError("Alerts are off.", title="Can't do that"), "Can't do that"),
        (InvalidInput("The title is empty."), "Can't do that"),
        (Busy("Slow down a little."), "Try again soon"),
        (ActionFailed("The disk is full.", title="Not saved"), "Not saved"),
    ],
)
def test_an_expected_error_is_shown_with_its_title_and_message(
    error: ExpectedError, title: str
) -> None:
    card = error_card(error, DiscordStyle())
    assert (card.title, card.description) == (title, error.message)
    assert card.tone is (Tone.ERROR if isinstance(error, ActionFailed) else Tone.NOTICE)


def test_what_the_member_typed_is_escaped_on_discord_and_shown_as_typed_in_text() -> None:
    typed = "@everyone **x** " + "y" * 300
    error = NotFoundError(f"No article is called “{ECHO}”.", echo=typed)
    on_discord = error_card(error, DiscordStyle()).description
    assert "@everyone" not in on_discord.replace("@\u200beveryone", "")
    assert "\\*\\*x\\*\\*" in on_discord and len(on_discord) < 260
    assert typed in text_for(error_card(error, TextStyle()))
    assert str(error) == f"No article is called “{typed}”."


@pytest.mark.parametrize(
    ("known", "text"),
    [
        (
            KnownAs("person", "Mira Sol", ("Juno Vale",), ("director",)),
            "Mira Sol is a person who plays Juno Vale and is credited as director.",
        ),
        (
            KnownAs("person", "Ada Quill", (), ("writer", "executive_producer")),
            "Ada Quill is a person credited as writer and executive producer.",
        ),
        (KnownAs("person", "Iris Vane"), "Iris Vane is a person in the news."),
    ],
)
def test_a_person_asked_for_as_a_character_is_told_with_their_roles_and_jobs(
    known: KnownAs, text: str
) -> None:
    (card,) = cards_for(NotFound("character", "x", known_as=known), TextStyle())
    assert card.description.startswith(text)


def test_a_quote_number_that_exists_but_is_not_shown_is_not_called_missing() -> None:
    (held,) = cards_for(NotFound("quote", "#3", number=3, highest=17), TextStyle())
    assert held.description.startswith("Quote #3 is not one I can show")
    (beyond,) = cards_for(NotFound("quote", "#30", number=30, highest=17), TextStyle())
    assert beyond.description == "There is no quote #30. Quote numbers go up to #17."
    (filtered,) = cards_for(NotFound("quote", "#3 by Ada Quill", number=3, highest=17), TextStyle())
    assert filtered.description.startswith("Quote #3 by Ada Quill is not one I can show")
    (empty,) = cards_for(NotFound("quote", "#3", number=3), TextStyle())
    assert empty.description == "I have no quotes yet."
    (text,) = cards_for(NotFound("quote", "about “rain”"), TextStyle())
    assert text.description == "I have no quote about “rain”."


def test_a_moderators_command_says_who_may_use_it() -> None:
    help_card = CommandHelp("facts hide", "Hide a fact.", "/facts hide fact:", (), (), True)
    (card,) = cards_for(help_card, TextStyle())
    assert card.description.endswith(
        "For moderators only: members with the Manage Server permission or this server's"
        " moderator role (see /moderators show)."
    )


def test_a_fact_only_the_moderators_gave_is_not_from_0_articles() -> None:
    moderators = Source("", "the moderators", dt.date(2026, 3, 1))
    article = Source("a.txt", "Casting news", dt.date(2025, 6, 1), corrected=True)
    assert sources_footer([moderators]) == "From the moderators' corrections"
    assert sources_footer([article, moderators]) == (
        "From 1 article in the bot's news archive, corrected by the moderators"
    )
