"""Names across articles, as members see them: the spelling most articles use, shortened names
that fit one known person, accents, and people known only from quotes.

The extractor is replaced by one that returns chosen facts for each article
(:mod:`tests.scripted`), so these tests pin the knowledge base's rules whatever the extraction
rules are.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path

import pytest

from bot.answers.lookups import CrewList, WhoIs, WhoPlays
from bot.db.connection import Database
from bot.facts import (
    ArticleFacts,
    CastFact,
    CrewFact,
    CrewRole,
    QuoteFact,
    SourceKind,
)
from bot.knowledge import Knowledge
from bot.render.cards import cards_for
from bot.render.text import TextStyle, text_for
from tests.scripted import scripted_ingest

Ingest = Callable[[Mapping[str, ArticleFacts]], Awaitable[Knowledge]]
"""Ingests one article per entry (its lede), each a day after the last, with those facts."""


@pytest.fixture
def scripted(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ingest:
    ingest = scripted_ingest(db, tmp_path / "scripted-seeds", monkeypatch)

    async def knowledge(articles: Mapping[str, ArticleFacts]) -> Knowledge:
        await ingest(articles)
        return Knowledge(db)

    return knowledge


def credit(name: str, role: CrewRole = CrewRole.DIRECTOR) -> CrewFact:
    return CrewFact(name, role, f"{name}, {role.value}")


async def test_one_misspelt_article_renames_no_one(scripted: Ingest) -> None:
    plays = CastFact("Tobie Donovan", "Isaac Henderson", "Tobie Donovan as Isaac Henderson")
    typo = CastFact("Toby Donovan", "Isaac", "Toby Donovan is back as Isaac")
    knowledge = await scripted(
        {
            "First.": ArticleFacts(cast=(plays,)),
            "Second.": ArticleFacts(cast=(plays,)),
            "Newest, misspelt.": ArticleFacts(cast=(typo,)),
        }
    )
    answer = await knowledge.who_plays("Isaac")
    assert isinstance(answer, WhoPlays) and answer.current is not None
    assert (answer.character, answer.current.actor, answer.previous) == (
        "Isaac Henderson",
        "Tobie Donovan",
        (),
    )
    who = await knowledge.who_is("Toby Donovan")
    assert isinstance(who, WhoIs) and who.person == "Tobie Donovan"
    assert who.aliases == ("Toby Donovan",)


async def test_the_spelling_most_articles_use_is_shown_with_its_accents(
    scripted: Ingest,
) -> None:
    knowledge = await scripted(
        {
            "One.": ArticleFacts(crew=(credit("Chloë Ashworth"),)),
            "Two.": ArticleFacts(crew=(credit("Chloë Ashworth"),)),
            "Three, unaccented.": ArticleFacts(crew=(credit("Chloe Ashworth"),)),
        }
    )
    crew = await knowledge.crew()
    assert isinstance(crew, CrewList)
    assert [(job.job, job.people) for job in crew.jobs] == [("director", ("Chloë Ashworth",))]
    who = await knowledge.who_is("Chloe")  # typed without the accent
    assert isinstance(who, WhoIs) and who.person == "Chloë Ashworth"


async def test_a_surname_or_first_name_alone_is_the_one_known_person_it_fits(
    scripted: Ingest,
) -> None:
    knowledge = await scripted(
        {
            "Introduced.": ArticleFacts(
                crew=(credit("Dana Whitlow"), credit("Priya Lark", CrewRole.COMPOSER)),
                people=("Dana Whitlow", "Priya Lark"),
            ),
            "Later, by surname.": ArticleFacts(crew=(credit("Whitlow", CrewRole.WRITER),)),
            "Later, by first name.": ArticleFacts(
                quotes=(
                    QuoteFact("We loved every minute", "Priya", SourceKind.PERSON, "Priya said"),
                )
            ),
        }
    )
    crew = await knowledge.crew()
    assert {(job.job, job.people) for job in crew.jobs} == {
        ("director", ("Dana Whitlow",)),
        ("composer", ("Priya Lark",)),
        ("writer", ("Dana Whitlow",)),
    }
    lark = await knowledge.who_is("Priya Lark")
    assert isinstance(lark, WhoIs) and lark.quote_count == 1
    assert (await knowledge.stats()).people == 2


async def test_a_name_two_known_people_share_is_credited_to_neither(
    scripted: Ingest,
) -> None:
    knowledge = await scripted(
        {
            "Two Brandts.": ArticleFacts(
                crew=(credit("Ivo Brandt"), credit("Lena Brandt", CrewRole.EDITOR)),
                people=("Ivo Brandt", "Lena Brandt"),
            ),
            "Which one?": ArticleFacts(crew=(credit("Brandt", CrewRole.COMPOSER),)),
        }
    )
    for person in ("Ivo Brandt", "Lena Brandt"):
        who = await knowledge.who_is(person)
        assert isinstance(who, WhoIs)
        assert "composer" not in {c.job for c in who.credits}


async def test_someone_known_only_from_quotes_lists_the_articles_quoting_them(
    scripted: Ingest,
) -> None:
    quote = QuoteFact("It was the best summer", "Mara Quinn", SourceKind.PERSON, "Quinn said")
    other = QuoteFact("We start in May", "Mara Quinn", SourceKind.PERSON, "she added")
    knowledge = await scripted(
        {
            "An interview.": ArticleFacts(quotes=(quote,), people=("Mara Quinn",)),
            "Another interview.": ArticleFacts(quotes=(other,), people=("Mara Quinn",)),
        }
    )
    who = await knowledge.who_is("Mara Quinn")
    assert isinstance(who, WhoIs)
    assert who.quote_count == 2
    assert [source.title for source in who.sources] == ["Another interview.", "An interview."]
    text = "\n".join(text_for(card) for card in cards_for(who, TextStyle()))
    assert "Quoted 2 times" in text and "From 2 articles" in text


async def test_a_producer_role_is_no_second_credit_for_a_known_executive_producer(
    scripted: Ingest,
) -> None:
    knowledge = await scripted(
        {
            "Executive producers named.": ArticleFacts(
                crew=(credit("Iain Canning", CrewRole.EXECUTIVE_PRODUCER),)
            ),
            "His new role as a producer.": ArticleFacts(
                crew=(
                    credit("Iain Canning", CrewRole.PRODUCER),
                    credit("Ada Vey", CrewRole.PRODUCER),
                )
            ),
        }
    )
    crew = await knowledge.crew()
    assert [(job.job, job.people) for job in crew.jobs] == [
        ("executive_producer", ("Iain Canning",)),
        ("producer", ("Ada Vey",)),
    ]
    who = await knowledge.who_is("Iain Canning")
    assert isinstance(who, WhoIs)
    assert [c.job for c in who.credits] == ["executive_producer"]
