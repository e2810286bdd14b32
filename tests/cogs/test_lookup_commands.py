"""Every lookup command through the real command tree on the whole test corpus."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.answers.lookups import (
    ArticleList,
    ArticleSummary,
    CastList,
    CastOrder,
    CrewList,
    Help,
    NotFound,
    QuoteAnswer,
    ReleaseStatement,
    SearchResults,
    Stats,
    WhoIs,
)
from bot.cli.console import OfflineInteraction, run_line
from bot.cli.invocation import UsageError
from bot.client.fanbot import FanBot
from bot.config import load_settings
from bot.db.connection import Database
from bot.facts import ReleaseKind
from bot.ingestion.pipeline import ingest_folder
from bot.knowledge import Knowledge, questions
from tests.cogs.conftest import RecordingPresenter


@pytest.fixture
async def corpus_bot(db: Database, corpus_dir: Path) -> AsyncIterator[FanBot]:
    await ingest_folder(db, corpus_dir)
    bot = FanBot(
        settings=load_settings({}, env_file=None),
        db=db,
        knowledge=Knowledge(db, random.Random(3)),
        presenter=RecordingPresenter(),
    )
    async with bot:
        await bot.load_features()
        yield bot


async def ask(bot: FanBot, line: str) -> Any:
    presenter: RecordingPresenter = bot.presenter  # type: ignore[assignment]
    before = len(presenter.answers), len(presenter.errors)
    await run_line(bot, bot.tree, line)
    if len(presenter.errors) > before[1]:
        return str(presenter.errors[-1])
    assert len(presenter.answers) == before[0] + 1
    return presenter.answers[-1][0]


async def test_who_is_lists_roles_and_crew_jobs(corpus_bot: FanBot) -> None:
    answer = await ask(corpus_bot, "/who-is Locke")
    assert isinstance(answer, WhoIs)
    assert answer.person == "Joe Locke"
    assert [c.character for c in answer.credits if c.character] == ["Charlie Spring"]
    assert "executive_producer" in [c.job for c in answer.credits if c.job]
    assert answer.quote_count >= 2


async def test_who_is_marks_a_recast_actor_as_former(corpus_bot: FanBot) -> None:
    answer = await ask(corpus_bot, "/who-is Rory Calloway")
    assert isinstance(answer, WhoIs)
    (credit,) = [c for c in answer.credits if c.character]
    assert (credit.character, credit.current) == ("Jonah Pryce", False)


async def test_who_is_an_unknown_person_suggests_close_names(corpus_bot: FanBot) -> None:
    answer = await ask(corpus_bot, "/who-is Kit Conor")
    assert isinstance(answer, WhoIs) and answer.person == "Kit Connor"
    assert isinstance(await ask(corpus_bot, "/who-is Maisie Quartermain"), NotFound)


async def test_cast_in_both_orders(corpus_bot: FanBot) -> None:
    newest = await ask(corpus_bot, "/cast")
    alphabetical = await ask(corpus_bot, "/cast order:alphabetical")
    assert isinstance(newest, CastList) and isinstance(alphabetical, CastList)
    assert alphabetical.order is CastOrder.ALPHABETICAL
    names = [entry.character for entry in alphabetical.entries]
    assert names == sorted(names, key=str.casefold)
    assert {e.character: e.actor for e in newest.entries}["Jonah Pryce"] == "Ezra Mensah-Cole"
    assert newest.entries[0].source.file_name == "108_date-pushed.txt"
    assert "Maisie Dunn" not in names


async def test_crew_groups_people_by_job(corpus_bot: FanBot) -> None:
    answer = await ask(corpus_bot, "/crew")
    assert isinstance(answer, CrewList)
    jobs = {job.job: job.people for job in answer.jobs}
    assert jobs["director"] == ("Wash Westmoreland",)
    assert set(jobs["executive_producer"]) >= {"Alice Oseman", "Iain Canning", "Kit Connor"}


async def test_news_latest_counts_and_orders(corpus_bot: FanBot) -> None:
    answer = await ask(corpus_bot, "/news latest count:3")
    assert isinstance(answer, ArticleList)
    assert [s.file_name for s in answer.articles] == [
        "108_date-pushed.txt",
        "107_premiere-date.txt",
        "106_title-reveal.txt",
    ]
    assert answer.total == 10


async def test_news_search_ranks_and_highlights(corpus_bot: FanBot) -> None:
    answer = await ask(corpus_bot, "/news search query:cinematographer")
    assert isinstance(answer, SearchResults)
    assert answer.hits
    assert all("\x02" in hit.snippet for hit in answer.hits)


@pytest.mark.parametrize(
    "hostile",
    [
        '"unbalanced',
        "NEAR(a b)",
        "premiere*",
        "a AND OR NOT",
        "(((",
        "title:forever",
        "🎬🎬",
        "\u202eetad",
        "@everyone",
        "x" * 200,
        "--",
        "'; DROP TABLE articles; --",
    ],
)
async def test_news_search_accepts_any_text(corpus_bot: FanBot, hostile: str) -> None:
    answer = await ask(corpus_bot, f"/news search query:{hostile}")
    assert isinstance(answer, SearchResults)
    assert answer.query == hostile


async def test_news_show_by_title_or_file_name(corpus_bot: FanBot) -> None:
    by_title = await ask(corpus_bot, "/news show article:Heartstopper Movie Wraps Filming")
    by_file = await ask(corpus_bot, "/news show article:105_filming-wraps.txt")
    assert isinstance(by_title, ArticleSummary)
    assert by_title == by_file
    assert ("Kizzy Edgell", "Darcy Olsson") in [(f.subject, f.detail) for f in by_title.cast]
    statements = [line.statement for line in by_title.release]
    assert ReleaseStatement(ReleaseKind.FILMING_WRAPPED, dt.date(2025, 8, 22)) in statements
    assert by_title.quote_count == 2
    every_id = [str(fact.fact_id) for fact in (*by_title.cast, *by_title.release)]
    assert all(re.fullmatch(r"(cast|release)-\d+", fact_id) for fact_id in every_id)
    assert [quote.kind for quote in by_title.quotes] == ["quote", "quote"]
    assert isinstance(await ask(corpus_bot, "/news show article:zzzz qqqq"), NotFound)


async def test_news_show_autocomplete_offers_titles_with_file_names(corpus_bot: FanBot) -> None:
    cog = corpus_bot.get_cog("News")
    assert cog is not None
    choices = await cog.article_choices(OfflineInteraction(corpus_bot, {}), "wraps")  # type: ignore[attr-defined]
    assert choices[0].value == "105_filming-wraps.txt"
    everything = await cog.article_choices(OfflineInteraction(corpus_bot, {}), "")  # type: ignore[attr-defined]
    assert len(everything) == 10
    assert all(len(c.name) <= 100 for c in everything)


async def test_quote_by_number_is_stable(corpus_bot: FanBot) -> None:
    first = await ask(corpus_bot, "/quote")
    assert isinstance(first, QuoteAnswer)
    again = await ask(corpus_bot, f"/quote id:{first.number}")
    assert again == first
    assert isinstance(await ask(corpus_bot, "/quote id:99999"), NotFound)


async def test_quote_offers_another_one_only_for_random_quotes(corpus_bot: FanBot) -> None:
    presenter: RecordingPresenter = corpus_bot.presenter  # type: ignore[assignment]
    await ask(corpus_bot, "/quote person:Locke")
    assert presenter.question is not None and presenter.question.random
    another = await questions.ask(corpus_bot.knowledge, presenter.question)
    assert isinstance(another, QuoteAnswer) and another.speaker == "Joe Locke"
    await ask(corpus_bot, "/quote id:1")
    assert presenter.question is None


async def test_about_counts_what_the_bot_knows(corpus_bot: FanBot) -> None:
    answer = await ask(corpus_bot, "/about")
    assert isinstance(answer, Stats)
    assert (answer.articles, answer.characters) == (10, 18)
    assert answer.quotes > 30
    assert answer.newest_article is not None and answer.newest_article.year == 2026


async def test_help_lists_every_public_command_with_a_real_example(corpus_bot: FanBot) -> None:
    answer = await ask(corpus_bot, "/help")
    assert isinstance(answer, Help)
    entries = [entry for section in answer.sections for entry in section.entries]
    usages = " ".join(entry.usage for entry in entries)
    for command in (
        "/who-plays",
        "/who-is",
        "/cast",
        "/crew",
        "/release-date",
        "/quote",
        "/news latest",
        "/news search",
        "/news show",
        "/about",
        "/help",
    ):
        assert command in usages
    assert "/sync" not in usages
    who_plays = next(e for e in entries if e.usage.startswith("/who-plays"))
    character = who_plays.example.removeprefix("/who-plays ")
    assert isinstance(
        await ask(corpus_bot, who_plays.example),
        type(await ask(corpus_bot, f"/who-plays {character}")),
    )
    assert "{" not in " ".join(entry.example for entry in entries)


@pytest.mark.parametrize(
    "line",
    [
        "/who-plays Nick private:true",
        "/cast private:yes",
        "/crew private:true",
        "/news latest private:true",
        "/about private:true",
        "/release-date private:true",
    ],
)
async def test_private_answers_only_the_member(corpus_bot: FanBot, line: str) -> None:
    presenter: RecordingPresenter = corpus_bot.presenter  # type: ignore[assignment]
    await ask(corpus_bot, line)
    assert presenter.answers[-1][1] is True


async def test_a_member_flooding_search_hits_the_cooldown(corpus_bot: FanBot) -> None:
    for _ in range(3):
        assert isinstance(await ask(corpus_bot, "/news search query:film"), SearchResults)
    message = await ask(corpus_bot, "/news search query:film")
    assert message.startswith("You can use this again in")


async def test_only_the_owner_may_sync(corpus_bot: FanBot) -> None:
    corpus_bot.owner_id = 999  # the console user is someone else
    with pytest.raises(UsageError):  # guild-only: not even offered offline
        await run_line(corpus_bot, corpus_bot.tree, "/sync")


@pytest.mark.parametrize(
    ("line", "message"),
    [("/news latest count:0", "at least 1"), ("/news latest count:26", "at most 25")],
)
async def test_out_of_range_options_are_refused_with_a_reason(
    corpus_bot: FanBot, line: str, message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        await run_line(corpus_bot, corpus_bot.tree, line)


LONG = "Ω" * 6000


@pytest.mark.parametrize(
    "line",
    [
        f"/who-plays {LONG}",
        f"/who-is {LONG}",
        f"/quote person:{LONG}",
        f"/quote about:{LONG}",
        f"/news show article:{LONG}",
        "/who-plays <@&123> **x** ||spoiler|| `code`",
    ],
)
async def test_oversized_or_markup_input_is_handled(corpus_bot: FanBot, line: str) -> None:
    try:
        answer = await ask(corpus_bot, line)
    except UsageError as error:
        assert "at most" in str(error)
    else:
        assert isinstance(answer, NotFound | str)
