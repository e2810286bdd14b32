"""The query layer over knowledge extracted from the real seeds and the test corpus."""

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from bot.answers.lookups import NotFound, Production, QuoteAnswer, ReleaseInfo, WhoPlays
from bot.db import quotes
from bot.db.connection import Database
from bot.ingestion.pipeline import ingest_folder
from bot.knowledge import Knowledge
from tests.conftest import CORPUS

EXPECTED = json.loads((CORPUS / "expected.json").read_text())


@pytest.fixture
async def seeded(db: Database, seeds_dir: Path) -> Knowledge:
    await ingest_folder(db, seeds_dir)
    return Knowledge(db, random.Random(7))


@pytest.fixture
async def everything(db: Database, corpus_dir: Path) -> Knowledge:
    await ingest_folder(db, corpus_dir)
    return Knowledge(db, random.Random(7))


@pytest.mark.parametrize(
    ("asked", "actor", "character"),
    [
        ("Nick", "Kit Connor", "Nick Nelson"),
        ("Tao", "William Gao", "Tao Xu"),
        ("Darcy", "Kizzy Edgell", "Darcy Olsson"),
        ("Coach Singh", "Chetna Pandya", "Coach Singh"),
        ("Coach", "Chetna Pandya", "Coach Singh"),
        ("charly", "Joe Locke", "Charlie Spring"),
        ("CHARLIE SPRING", "Joe Locke", "Charlie Spring"),
    ],
)
async def test_who_plays_on_the_real_seeds(
    seeded: Knowledge, asked: str, actor: str, character: str
) -> None:
    answer = await seeded.who_plays(asked)
    assert isinstance(answer, WhoPlays)
    assert answer.current is not None
    assert (answer.current.actor, answer.character) == (actor, character)
    assert answer.sources


async def test_who_plays_names_its_sources_newest_first(seeded: Knowledge) -> None:
    answer = await seeded.who_plays("Nick")
    assert isinstance(answer, WhoPlays)
    dates = [source.published for source in answer.sources]
    assert dates == [dt.date(2025, 4, 28), dt.date(2025, 4, 22)]
    assert "Nick" in answer.aliases


async def test_an_unknown_character_gets_suggestions(seeded: Knowledge) -> None:
    answer = await seeded.who_plays("Nicholas Nelsen")
    assert isinstance(answer, NotFound)
    assert answer.suggestions[0] == "Nick Nelson"
    assert (await seeded.who_plays("Gandalf")) == NotFound("character", "Gandalf", ())


async def test_release_date_on_the_real_seeds_is_not_announced_with_outlook(
    seeded: Knowledge,
) -> None:
    info = await seeded.release_info()
    assert info.premiere is None
    assert info.as_of == dt.date(2025, 4, 28)
    assert info.production is not None
    assert info.production.stage is Production.PLANNED
    assert info.production.period == "2025-06/2025-08"
    assert info.window is not None
    assert (info.window.value, info.window.hedged) == ("2026", True)


async def test_a_quote_by_a_person_comes_with_its_article(seeded: Knowledge) -> None:
    for asked in ("Alice Oseman", "oseman", "Alice Osman"):
        answer = await seeded.quote(person=asked)
        assert isinstance(answer, QuoteAnswer)
        assert answer.speaker == "Alice Oseman"
        assert answer.source.published is not None


async def test_quotes_can_be_filtered_by_words_and_fetched_by_number(seeded: Knowledge) -> None:
    answer = await seeded.quote(about="overjoyed")
    assert isinstance(answer, QuoteAnswer)
    assert "overjoyed" in answer.text
    again = await seeded.quote(number=answer.number)
    assert again == answer
    assert isinstance(await seeded.quote(about="zeppelin"), NotFound)
    assert isinstance(await seeded.quote(person="Nobody Atall"), NotFound)


async def test_a_random_quote_is_picked_from_every_served_quote_held_packed(
    everything: Knowledge, db: Database
) -> None:
    """The bot keeps the numbers a random /quote picks from until the knowledge changes: 8
    bytes a quote, not a Python int and a list slot each (at 100,000 articles, megabytes)."""
    async with db.reading() as conn:
        served = [
            row[0]
            for row in await conn.execute_fetchall(
                "SELECT id FROM quotes WHERE served AND NOT fragment ORDER BY id"
            )
        ]
        kept = await quotes.candidate_ids(conn)
    assert list(kept) == served
    assert memoryview(kept).nbytes == 8 * len(served)  # one packed buffer
    picked = set()
    for _ in range(40):
        answer = await everything.quote()
        assert isinstance(answer, QuoteAnswer)
        picked.add(answer.number)
    assert picked <= set(served) and len(picked) > 1


@pytest.mark.parametrize("hostile", ['"', "NEAR(", "a*", "(unbalanced", "AND OR NOT", "🎬", "-x"])
async def test_quote_search_treats_any_text_as_plain_words(seeded: Knowledge, hostile: str) -> None:
    answer = await seeded.quote(about=hostile)
    assert isinstance(answer, QuoteAnswer | NotFound)


@pytest.mark.parametrize("character", sorted(EXPECTED["after_all"]["cast"]))
async def test_after_the_whole_corpus_every_character_has_the_expected_actor(
    everything: Knowledge, character: str
) -> None:
    expected = EXPECTED["after_all"]["cast"][character]
    answer = await everything.who_plays(character)
    assert isinstance(answer, WhoPlays), answer
    assert answer.current is not None
    assert answer.current.actor in expected.get("accept", [expected["actor"]])
    previous = {casting.actor for casting in answer.previous}
    assert previous == set(expected.get("previous_actors", []))


async def test_after_the_whole_corpus_the_release_date_is_the_moved_premiere(
    everything: Knowledge,
) -> None:
    info = await everything.release_info()
    assert isinstance(info, ReleaseInfo)
    release = EXPECTED["after_all"]["release"]
    assert info.premiere is not None and info.premiere.value == release["current_premiere_date"]
    assert info.previous_premiere is not None
    assert info.previous_premiere.value == release["superseded_premiere_dates"][0]["date"]
    assert info.title is not None and info.title.value == EXPECTED["after_all"]["title"]
    assert info.production is not None
    assert info.production.stage is Production.WRAPPED
    assert info.production.date == dt.date.fromisoformat(release["filming_wrapped"])


@pytest.mark.parametrize("character", EXPECTED["after_all"]["must_not"]["characters"])
async def test_other_productions_characters_are_unknown(
    everything: Knowledge, character: str
) -> None:
    assert isinstance(await everything.who_plays(character), NotFound)


HOSTILE = [
    "x" * 6000,
    "@everyone",
    "<@&123>",
    "**bold** __u__",
    "🎬" * 500,
    "\u202eetad",
    "\x00",
    "' OR 1=1 --",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
async def test_any_text_is_a_harmless_lookup(everything: Knowledge, text: str) -> None:
    assert isinstance(await everything.who_plays(text), NotFound)
    assert isinstance(await everything.who_is(text), NotFound)
    assert isinstance(await everything.article(text), NotFound)
    await everything.quote(person=text)
    await everything.quote(about=text)
    await everything.search(text)
    await everything.article_choices(text)


async def test_who_plays_jonah_does_not_suggest_an_unrelated_name(seeded: Knowledge) -> None:
    answer = await seeded.who_plays("Jonah")
    assert isinstance(answer, NotFound)
    assert "Tara Jones" not in answer.suggestions


async def test_who_is_a_character_says_it_is_a_character_played_by_its_actor(
    seeded: Knowledge,
) -> None:
    answer = await seeded.who_is("Nick Nelson")
    assert isinstance(answer, NotFound) and answer.known_as is not None
    assert answer.known_as.kind == "character" and answer.known_as.related == ("Kit Connor",)
    person = await seeded.who_plays("Kit Connor")
    assert isinstance(person, NotFound) and person.known_as is not None
    assert person.known_as.kind == "person" and "Nick Nelson" in person.known_as.related


@pytest.mark.parametrize(
    ("asked", "kind", "name"),
    [
        ("Joe", "person", "Joe Locke"),
        ("Locke", "person", "Joe Locke"),
        ("Tao", "character", "Tao Xu"),
    ],
)
async def test_a_name_of_the_other_kind_typed_exactly_beats_a_near_miss(
    seeded: Knowledge, asked: str, kind: str, name: str
) -> None:
    """ "Joe" is the actor, never the character Tara Jones that merely starts alike."""
    lookup = seeded.who_plays if kind == "person" else seeded.who_is
    answer = await lookup(asked)
    assert isinstance(answer, NotFound) and answer.known_as is not None
    assert (answer.known_as.kind, answer.known_as.name) == (kind, name)


async def test_quote_id_999_says_how_high_quote_numbers_go(seeded: Knowledge) -> None:
    answer = await seeded.quote(number=999)
    assert isinstance(answer, NotFound)
    assert answer.query == "#999" and answer.highest is not None and answer.highest < 999


async def test_quote_person_autocomplete_offers_only_people_who_were_quoted(
    seeded: Knowledge,
) -> None:
    speakers = await seeded.speaker_index()
    assert "Alice Oseman" in speakers.complete("")
    assert "Kit Connor" not in speakers.complete("kit")  # cast, never quoted


async def test_news_search_finds_premiere_for_premier(everything: Knowledge) -> None:
    results = await everything.search("premier")
    assert results.hits and results.total >= 1
    assert any("premiere" in hit.snippet.casefold() for hit in results.hits)


async def test_news_search_counts_all_matches_and_pages(db: Database, seeds_dir: Path) -> None:
    for number in range(15):
        (seeds_dir / f"9{number:02d}_gala.txt").write_text(
            f" date 2025-06-{number + 1:02d} The gala number {number} was announced.\n"
        )
    await ingest_folder(db, seeds_dir)
    knowledge = Knowledge(db)
    first = await knowledge.search("gala")
    assert first.total == 15 and len(first.hits) == 5 and first.pages == 3
    third = await knowledge.search("gala", page=2)
    assert third.page == 2 and len(third.hits) == 5
    seen = {hit.source.file_name for page in (first, await knowledge.search("gala", 1), third)
            for hit in page.hits}  # fmt: skip
    assert len(seen) == 15  # every match on exactly one page
