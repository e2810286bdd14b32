"""What ``/facts`` does, on a real database: corrections apply on top of extracted facts,
hold through edits, a rebuild and a new extractor, and undo restores what was extracted.

The extractor is replaced by one that returns chosen facts (some held back as unsure), so
these tests pin the correction rules whatever the extraction rules are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.ingestion.prepare
from bot.alerts.queue import enqueue_article_alerts
from bot.answers.alerts import ChangeKind
from bot.answers.corrections import Corrected, HeldFacts
from bot.answers.errors import InvalidInput, NotFoundError
from bot.answers.lookups import NotFound, QuoteAnswer, ReleaseInfo, WhoIs, WhoPlays
from bot.corrections import CorrectionAction
from bot.db.connection import Database
from bot.db.outbox import OutboxRow
from bot.db.review import Scope
from bot.facts import (
    ArticleFacts,
    CastFact,
    QuoteFact,
    ReleaseFact,
    ReleaseKind,
    SourceKind,
)
from bot.ingestion.pipeline import ingest_folder
from bot.knowledge import Knowledge
from bot.moderation import choices, corrections, name_corrections
from bot.moderation.permissions import OPERATOR
from bot.render import fact_lines
from bot.render.text import TextStyle
from tests.alerts.helpers import subscribe

UNSURE = 0.3
FACTS = ArticleFacts(
    cast=(
        CastFact("Maren Holt", "Ada Quill", "Maren Holt plays Ada Quill."),
        CastFact(
            "Tobias Renn", "Juno Vale", "Tobias Renn, perhaps as Juno Vale", confidence=UNSURE
        ),
    ),
    release=(
        ReleaseFact(
            ReleaseKind.PREMIERE_DATE,
            "premieres at the festival on 3 May",
            date=dt.date(2026, 5, 3),
            confidence=UNSURE,
            doubt="a festival screening, maybe not the premiere",
        ),
    ),
    quotes=(
        QuoteFact("It was the best summer", "Maren Holt", SourceKind.PERSON, "Holt said"),
        QuoteFact("Ward Nine", "Maren Holt", SourceKind.PERSON, "", confidence=UNSURE),
    ),
    people=("Maren Holt", "Iris Vane"),
)
GUILD, CHANNEL = 1001, 2002


class World:
    """A seeds folder with one article, its database and the knowledge read from it."""

    def __init__(self, db: Database, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.db = db
        self.seeds = seeds
        self.knowledge = Knowledge(db, random.Random(5))
        self.facts = FACTS
        self._monkeypatch = monkeypatch
        monkeypatch.setattr(bot.ingestion.prepare, "extract_facts", lambda _: self.facts)

    async def ingest(self, *, rebuild: bool = False) -> None:
        await ingest_folder(
            self.db, self.seeds, rebuild=rebuild, on_new_article=enqueue_article_alerts
        )
        self.knowledge.invalidate()

    def new_extractor(self, change: Callable[[ArticleFacts], ArticleFacts]) -> None:
        """From now on the extractor finds ``change(FACTS)`` (as an upgraded one would)."""
        self.facts = change(FACTS)

    async def held(self) -> dict[str, str]:
        """The held facts' ids, by what they say."""
        answer = await corrections.review(self.db)
        assert isinstance(answer, HeldFacts)
        style = TextStyle()
        return {fact_lines.line(held.line, style): str(held.line.fact_id) for held in answer.facts}

    async def correct(self, action: Callable[..., object], *args: object) -> Corrected:
        answer = await action(self.db, OPERATOR, *args)  # type: ignore[misc]
        self.knowledge.invalidate()
        assert isinstance(answer, Corrected)
        return answer

    async def quote_id(self, text: str) -> int:
        async with self.db.reading() as conn:
            rows = list(
                await conn.execute_fetchall("SELECT id FROM quotes WHERE text = ?", (text,))
            )
        return int(rows[0][0])

    async def alerts(self) -> list[OutboxRow]:
        async with self.db.reading() as conn:
            rows = await conn.execute_fetchall(
                "SELECT id, guild_id, kind, payload, attempts, '', 0.0, channel_id"
                " FROM alert_outbox ORDER BY id"
            )
        return [OutboxRow(*row) for row in rows]


@pytest.fixture
async def world(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    seeds = tmp_path / "corrections-seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(" date 2025-06-01 Some news.\nBody text.\n", encoding="utf-8")
    made = World(db, seeds, monkeypatch)
    await made.ingest()
    return made


async def test_review_lists_the_held_facts_oldest_first_with_their_evidence(world: World) -> None:
    answer = await corrections.review(world.db)
    assert answer.total == 3
    assert [held.line.fact_id.kind for held in answer.facts] == ["cast", "quote", "release"]
    premiere = answer.facts[2]
    assert premiere.evidence == "premieres at the festival on 3 May"
    assert premiere.doubt == "a festival screening, maybe not the premiere"
    assert premiere.source.file_name == "a.txt" and premiere.confidence == UNSURE


async def test_approving_a_held_casting_serves_it_says_so_and_alerts_the_news(
    world: World,
) -> None:
    await subscribe(world.db, GUILD, CHANNEL)
    fact = (await world.held())["Tobias Renn as Juno Vale"]
    approved = await world.correct(corrections.approve, fact)
    assert approved.alerted and approved.entry.action is CorrectionAction.APPROVE
    answer = await world.knowledge.who_plays("Juno Vale")
    assert isinstance(answer, WhoPlays) and answer.current is not None
    assert answer.current.actor == "Tobias Renn" and answer.current.source.corrected
    (alert,) = await world.alerts()
    (item,) = alert.items()
    assert [(c.kind, c.subject, c.value) for c in item.changes] == [
        (ChangeKind.NEW_CAST, "Juno Vale", "Tobias Renn")
    ]
    assert "Tobias Renn as Juno Vale" not in await world.held()


async def test_approving_a_quote_is_not_news_and_other_corrections_alert_nobody(
    world: World,
) -> None:
    await subscribe(world.db, GUILD, CHANNEL)
    held = await world.held()
    quote = await world.correct(corrections.approve, held["“Ward Nine” — Maren Holt"])
    assert not quote.alerted
    await world.correct(corrections.reject, held["Premiere: 3 May 2026"])
    await world.correct(corrections.hide, "cast-1", "not in the film")
    assert await world.alerts() == []


async def test_moderators_see_release_facts_in_words_never_stored_labels(world: World) -> None:
    planned = ReleaseFact(
        ReleaseKind.FILMING_PLANNED,
        "shooting is pencilled in for the summer",
        window="2025-06/2025-08",
        confidence=UNSURE,
    )
    world.new_extractor(lambda facts: dataclasses.replace(facts, release=(*facts.release, planned)))
    await world.ingest(rebuild=True)
    labels = [label for label, _ in await choices.facts(world.db, Scope.HELD, "")]
    assert [label.split(" · ")[1] for label in labels if label.startswith("release-")] == [
        "Premiere: 3 May 2026",
        "Filming planned for summer 2025",
    ]
    assert "Tobias Renn as Juno Vale" in [label.split(" · ")[1] for label in labels]
    assert not [label for label in labels if "_" in label or "2025-06" in label]
    rejected = await world.correct(corrections.reject, labels[-1].split(" · ")[0])
    assert rejected.entry.subject == "Filming planned for summer 2025"


async def test_a_rejected_fact_stays_out_even_when_a_new_extractor_is_sure_of_it(
    world: World,
) -> None:
    held = await world.held()
    ward = await world.quote_id("Ward Nine")
    await world.correct(corrections.reject, held["“Ward Nine” — Maren Holt"])
    sure = [dataclasses.replace(quote, confidence=1.0) for quote in FACTS.quotes]
    world.new_extractor(lambda facts: dataclasses.replace(facts, quotes=tuple(sure)))
    await world.ingest(rebuild=True)
    assert isinstance(await world.knowledge.quote(number=ward), NotFound)
    assert await world.quote_id("Ward Nine") == ward


async def test_hide_and_unhide_a_served_fact(world: World) -> None:
    hidden = await world.correct(corrections.hide, "cast-1", "a rumour")
    assert hidden.entry.reason == "a rumour"
    answer = await world.knowledge.who_plays("Ada Quill")
    assert isinstance(answer, NotFound)  # the character's only casting is hidden
    with pytest.raises(InvalidInput, match="already hidden"):
        await corrections.hide(world.db, OPERATOR, "cast-1")
    await world.correct(corrections.unhide, "cast-1")
    answer = await world.knowledge.who_plays("Ada Quill")
    assert isinstance(answer, WhoPlays) and answer.current is not None
    assert not answer.current.source.corrected  # back as extracted


async def test_the_log_says_which_later_correction_replaced_one(world: World) -> None:
    number = await world.quote_id("It was the best summer")
    quote_hidden = await world.correct(corrections.hide, f"quote-{number}")
    speaker = await world.correct(corrections.set_speaker, number, "")
    hidden = await world.correct(corrections.hide, "cast-1")
    unhidden = await world.correct(corrections.unhide, "cast-1")
    rehidden = await world.correct(corrections.hide, "cast-1")
    log = await corrections.correction_log(world.db, lambda _: "")
    replaced = {entry.number: entry.replaced_by for entry in log.entries}
    assert replaced == {
        quote_hidden.entry.number: None,  # a speaker is another sort of correction
        speaker.entry.number: None,
        hidden.entry.number: unhidden.entry.number,
        unhidden.entry.number: rehidden.entry.number,
        rehidden.entry.number: None,
    }
    await corrections.undo(world.db, OPERATOR, rehidden.entry.number)
    log = await corrections.correction_log(world.db, lambda _: "")
    replaced = {entry.number: entry.replaced_by for entry in log.entries}
    assert replaced[unhidden.entry.number] is None  # the hide that replaced it was undone


async def test_a_corrected_speaker_holds_through_an_edit_and_a_rebuild_and_undo_restores_it(
    world: World,
) -> None:
    number = await world.quote_id("It was the best summer")
    corrected = await world.correct(corrections.set_speaker, number, "")
    assert corrected.entry.previous == "Maren Holt"
    (world.seeds / "a.txt").write_text(
        " date 2025-06-01 Some news.\nBody text, edited.\n", encoding="utf-8"
    )
    await world.ingest()
    await world.ingest(rebuild=True)
    quote = await world.knowledge.quote(number=number)
    assert isinstance(quote, QuoteAnswer)
    assert (quote.speaker, quote.speaker_kind) == ("", SourceKind.UNATTRIBUTED)
    assert quote.source.corrected

    await corrections.undo(world.db, OPERATOR, corrected.entry.number)
    world.knowledge.invalidate()
    quote = await world.knowledge.quote(number=number)
    assert isinstance(quote, QuoteAnswer)
    assert (quote.speaker, quote.source.corrected) == ("Maren Holt", False)
    with pytest.raises(InvalidInput, match="already undone"):
        await corrections.undo(world.db, OPERATOR, corrected.entry.number)


async def test_a_speaker_the_bot_has_not_met_becomes_someone_it_knows(world: World) -> None:
    number = await world.quote_id("It was the best summer")
    speaker = await name_corrections.speaker_named(world.knowledge, "Odile Marchetti")
    await world.correct(corrections.set_speaker, number, speaker)
    quote = await world.knowledge.quote(person="Odile Marchetti")
    assert isinstance(quote, QuoteAnswer) and quote.number == number
    assert await name_corrections.speaker_named(world.knowledge, "Unknown") == ""


async def test_a_correction_whose_article_is_removed_is_unused_until_it_comes_back(
    world: World, tmp_path: Path
) -> None:
    hidden = await world.correct(corrections.hide, "cast-1")
    (world.seeds / "a.txt").rename(tmp_path / "a.txt")
    await world.ingest()
    log = await corrections.correction_log(world.db, lambda _: "")
    assert [entry.in_use for entry in log.entries] == [False]
    with pytest.raises(NotFoundError, match="removed"):
        await corrections.unhide(world.db, OPERATOR, "cast-1")
    (tmp_path / "a.txt").rename(world.seeds / "a.txt")
    await world.ingest()
    log = await corrections.correction_log(world.db, lambda _: "")
    assert [(entry.number, entry.in_use) for entry in log.entries] == [(hidden.entry.number, True)]
    assert isinstance(await world.knowledge.who_plays("Ada Quill"), NotFound)  # still hidden


@pytest.mark.parametrize(
    ("action", "fact", "error", "words"),
    [
        (corrections.approve, "cast-1", InvalidInput, "already served"),
        (corrections.reject, "cast-1", InvalidInput, "hide"),
        (corrections.unhide, "cast-1", InvalidInput, "not hidden"),
        (corrections.approve, "cast-99", NotFoundError, "no fact cast-99"),
        (corrections.hide, "the premiere", InvalidInput, "not a fact id"),
    ],
)
async def test_a_correction_that_cannot_be_made_says_why(
    world: World, action: Callable[..., object], fact: str, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        await action(world.db, OPERATOR, fact)  # type: ignore[misc]
    log = await corrections.correction_log(world.db, lambda _: "")
    assert log.entries == ()


async def test_a_moderators_casting_recasts_and_undo_takes_it_back(world: World) -> None:
    cast = await name_corrections.cast(
        world.db, world.knowledge, OPERATOR, "ada quill", "Sol Ferreira"
    )
    world.knowledge.invalidate()
    assert (cast.entry.subject, cast.entry.value) == ("Ada Quill", "Sol Ferreira")
    answer = await world.knowledge.who_plays("Ada Quill")
    assert isinstance(answer, WhoPlays) and answer.current is not None
    assert answer.current.actor == "Sol Ferreira" and answer.current.source.by_moderators
    assert [earlier.actor for earlier in answer.previous] == ["Maren Holt"]
    who = await world.knowledge.who_is("Sol Ferreira")
    assert isinstance(who, WhoIs) and who.credits[0].character == "Ada Quill"

    await corrections.undo(world.db, OPERATOR, cast.entry.number)
    world.knowledge.invalidate()
    answer = await world.knowledge.who_plays("Ada Quill")
    assert isinstance(answer, WhoPlays) and answer.current is not None
    assert (answer.current.actor, answer.previous) == ("Maren Holt", ())
    assert isinstance(await world.knowledge.who_is("Sol Ferreira"), NotFound)


async def test_casting_an_unknown_character_offers_the_closest(world: World) -> None:
    with pytest.raises(NotFoundError) as refused:
        await name_corrections.cast(world.db, world.knowledge, OPERATOR, "Ada Quil", "Sol")
    assert refused.value.echo == "Ada Quil" and "Ada Quill" in str(refused.value)


async def test_merging_names_joins_two_people_and_refuses_a_person_into_a_character(
    world: World,
) -> None:
    with pytest.raises(InvalidInput, match="a person and the other name a character"):
        await name_corrections.merge(world.db, world.knowledge, OPERATOR, "Iris Vane", "Ada Quill")
    merged = await name_corrections.merge(
        world.db, world.knowledge, OPERATOR, "Iris Vane", "Maren Holt"
    )
    world.knowledge.invalidate()
    assert merged.entry.name_kind == "person"
    who = await world.knowledge.who_is("Iris Vane")
    assert isinstance(who, WhoIs) and who.person == "Maren Holt"
    assert who.aliases == ("Iris Vane",)
    assert any(source.by_moderators for source in who.sources)
    info = await world.knowledge.release_info()
    assert isinstance(info, ReleaseInfo) and info.premiere is None  # still held


async def test_an_alert_after_a_merge_names_people_as_the_merge_does(world: World) -> None:
    await name_corrections.merge(world.db, world.knowledge, OPERATOR, "Iris Vane", "Maren Holt")
    await subscribe(world.db, GUILD, CHANNEL)
    again = CastFact("Iris Vane", "Ada Quill", "Iris Vane returns as Ada Quill.")
    newcomer = CastFact("Sol Ferreira", "Juno Vale", "Sol Ferreira joins as Juno Vale.")
    world.new_extractor(lambda facts: dataclasses.replace(facts, cast=(again, newcomer)))
    (world.seeds / "b.txt").write_text(" date 2025-07-01 More news.\nBody.\n", encoding="utf-8")
    await world.ingest()
    (alert,) = await world.alerts()
    (item,) = alert.items()
    # Iris Vane is Maren Holt, who already plays Ada Quill: no recast, only the newcomer.
    assert [(c.kind, c.subject, c.value) for c in item.changes] == [
        (ChangeKind.NEW_CAST, "Juno Vale", "Sol Ferreira")
    ]
    world.knowledge.invalidate()
    answer = await world.knowledge.who_plays("Ada Quill")
    assert isinstance(answer, WhoPlays) and answer.current is not None
    assert answer.current.actor == "Maren Holt"


async def test_a_merge_into_a_new_spelling_puts_a_misspelt_name_right(world: World) -> None:
    renamed = await name_corrections.merge(
        world.db, world.knowledge, OPERATOR, "Maren Holt", "Maren Holt-Avery"
    )
    world.knowledge.invalidate()
    assert (renamed.entry.subject, renamed.entry.value) == ("Maren Holt", "Maren Holt-Avery")
    for asked in ("Maren Holt-Avery", "Maren Holt"):
        who = await world.knowledge.who_is(asked)
        assert isinstance(who, WhoIs) and who.person == "Maren Holt-Avery"
    answer = await world.knowledge.who_plays("Ada Quill")
    assert isinstance(answer, WhoPlays) and answer.current is not None
    assert answer.current.actor == "Maren Holt-Avery"
    with pytest.raises(NotFoundError):
        await name_corrections.merge(world.db, world.knowledge, OPERATOR, "Nobody", "Somebody")


async def test_a_casting_whose_spelling_the_articles_outvote_says_how_to_show_it(
    world: World,
) -> None:
    cast = await name_corrections.cast(
        world.db, world.knowledge, OPERATOR, "Ada Quill", "Maren Hold"
    )
    assert cast.shown_as == "Maren Holt"  # the articles' spelling of the same person wins
    world.knowledge.invalidate()
    merged = await name_corrections.merge(
        world.db, world.knowledge, OPERATOR, "Maren Holt", "Maren Hold"
    )
    world.knowledge.invalidate()
    assert merged.shown_as is None
    who = await world.knowledge.who_is("Maren Holt")
    assert isinstance(who, WhoIs) and who.person == "Maren Hold"


async def test_hiding_a_fact_another_article_also_states_says_which_still_tells_it(
    world: World,
) -> None:
    (world.seeds / "b.txt").write_text(" date 2025-07-01 Again.\nBody.\n", encoding="utf-8")
    await world.ingest()
    hidden = await world.correct(corrections.hide, "cast-1", "a rumour")
    (other,) = hidden.also_stated
    assert other.kind == "cast" and other.number != 1
    answer = await world.knowledge.who_plays("Ada Quill")
    assert isinstance(answer, WhoPlays) and answer.current is not None  # b.txt still says it
    both = await world.correct(corrections.hide, str(other), "a rumour")
    assert both.also_stated == ()
    assert isinstance(await world.knowledge.who_plays("Ada Quill"), NotFound)


async def test_two_characters_an_article_casts_side_by_side_are_not_merged(world: World) -> None:
    pair = (
        CastFact("Maren Holt", "Ada Quill", "Maren Holt plays Ada Quill."),
        CastFact("Iris Vane", "Juno Vale", "Iris Vane plays Juno Vale."),
    )
    world.new_extractor(lambda facts: dataclasses.replace(facts, cast=pair))
    await world.ingest(rebuild=True)
    world.knowledge.invalidate()
    for name, into in (("Juno Vale", "Ada Quill"), ("Iris Vane", "Maren Holt")):
        with pytest.raises(InvalidInput, match="gives them different"):
            await name_corrections.merge(world.db, world.knowledge, OPERATOR, name, into)
