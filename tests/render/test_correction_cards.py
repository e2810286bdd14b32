"""``/facts`` answers as cards, and answers that say the moderators corrected them."""

from __future__ import annotations

import datetime as dt

import pytest
from msgspec.structs import replace

from bot.answers.corrections import (
    Corrected,
    CorrectionEntry,
    CorrectionLog,
    CorrectionUndone,
    HeldFact,
    HeldFacts,
)
from bot.answers.lookups import Casting, FactLine, ReleaseStatement, Source, WhoPlays
from bot.answers.moderation import ModeratorRoleShown
from bot.corrections import CorrectionAction, FactId, FactKind
from bot.facts import ReleaseKind
from bot.render.cards import cards_for
from bot.render.common import sources_footer
from bot.render.embeds import DiscordStyle
from bot.render.text import TextStyle

ARTICLE = Source("a.txt", "Casting news", dt.date(2025, 6, 1))
WHEN = dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC)
ENTRY = CorrectionEntry(
    number=7,
    action=CorrectionAction.HIDE,
    fact_id=FactId(FactKind.CAST, 12),
    subject="Tobias Renn as Juno Vale",
    value="",
    previous="",
    name_kind=None,
    reason="a rumour",
    user_id=501,
    user_name="Mod *Star*",
    guild_id=601,
    guild_name="Fan Club",
    made_at=WHEN,
    undone_at=None,
    in_use=True,
)


def _text(answer: object) -> str:
    return "\n\n".join(
        "\n".join([card.title, card.description, *(f"{f.name}: {f.value}" for f in card.fields)])
        for card in cards_for(answer, TextStyle())  # type: ignore[arg-type]
    )


def test_a_held_fact_shows_its_id_evidence_doubt_and_article() -> None:
    held = HeldFact(
        FactLine(
            FactId(FactKind.RELEASE, 5),
            "premiere_date",
            "2026-05-03",
            ReleaseStatement(ReleaseKind.PREMIERE_DATE, dt.date(2026, 5, 3)),
        ),
        "premieres at the festival on 3 May",
        ARTICLE,
        0.4,
        "a festival screening",
    )
    (card,) = cards_for(HeldFacts((held,), 9), TextStyle())
    assert card.title == "Held fact 1 of 9: release-5"
    assert card.description == "Premiere: 3 May 2026"
    fields = {field.name: field.value for field in card.fields}
    assert fields == {
        "Evidence": "“premieres at the festival on 3 May”",
        "Why it was held": "a festival screening (confidence 40%)",
        "Article": "Casting news (1 June 2025)",
    }
    assert "/facts approve|reject fact:release-5" in card.footer
    (empty,) = cards_for(HeldFacts((), 0), TextStyle())
    assert empty.title == "Nothing to review"


def test_the_log_says_what_who_where_and_when_and_marks_undone_and_unused() -> None:
    log = CorrectionLog(
        (
            ENTRY,
            replace(ENTRY, number=6, undone_at=WHEN),
            replace(ENTRY, number=5, in_use=False),
            replace(ENTRY, number=4, action=CorrectionAction.UNHIDE, replaced_by=7),
            replace(
                ENTRY,
                number=3,
                action=CorrectionAction.MERGE,
                fact_id=None,
                subject="Charly",
                value="Charlie Spring",
                name_kind="character",
                user_id=None,
                guild_id=None,
            ),
        ),
        5,
    )
    (card,) = cards_for(log, TextStyle())
    lines = card.description.splitlines()
    assert lines[0] == (
        "#7 Hid cast-12: Tobias Renn as Juno Vale (reason: a rumour)"
        " — by Mod *Star* in Fan Club, 4 March 2026"
    )
    assert lines[1].endswith("· undone 4 March 2026")
    assert lines[2].endswith("· unused (what it corrects is gone)")
    assert lines[3].startswith("#4 Brought back cast-12")
    assert lines[3].endswith("· replaced by #7")
    assert lines[4] == (
        "#3 Merged Charly into Charlie Spring (characters) — by the operator, 4 March 2026"
    )
    (shown,) = cards_for(log, DiscordStyle())
    assert "Mod \\*Star\\*" in shown.description  # a name is shown, never formatting


@pytest.mark.parametrize(
    ("shown", "total", "footer"),
    [
        (1, 1, "1 correction, newest first"),
        (2, 2, "2 corrections, newest first"),
        (2, 1204, "the newest 2 of 1,204 corrections, newest first"),
    ],
)
def test_the_log_counts_its_corrections_in_words(shown: int, total: int, footer: str) -> None:
    log = CorrectionLog(tuple(replace(ENTRY, number=n) for n in range(shown, 0, -1)), total)
    (card,) = cards_for(log, TextStyle())
    assert card.footer == footer


def test_a_correction_says_how_to_undo_it_and_whether_news_was_alerted() -> None:
    speaker = replace(
        ENTRY,
        action=CorrectionAction.SPEAKER,
        fact_id=FactId(FactKind.QUOTE, 3),
        value="",
        previous="Maren Holt",
    )
    text = _text(Corrected(speaker))
    assert text.startswith(
        "Speaker corrected\nSet who said quote-3 to nobody named (was Maren Holt)."
    )
    assert "`/facts undo correction:7` takes it back" in text
    assert "alert" not in text
    approved = replace(ENTRY, action=CorrectionAction.APPROVE)
    assert "subscribed servers get the alert" in _text(Corrected(approved, alerted=True))
    assert _text(CorrectionUndone(ENTRY)).startswith("Undone\nCorrection #7 no longer applies")


def test_an_answer_built_on_corrections_says_so_in_its_sources() -> None:
    moderators = Source("", "", dt.date(2026, 3, 4), corrected=True)
    corrected = replace(ARTICLE, corrected=True)
    answer = WhoPlays("Juno Vale", (), Casting("Sol", moderators), (), (moderators, corrected))
    (card,) = cards_for(answer, TextStyle())
    sources = next(field.value for field in card.fields if field.name == "Sources")
    assert sources.splitlines() == [
        "Corrected by the moderators (4 March 2026)",
        "Casting news (1 June 2025), corrected by the moderators",
    ]
    assert card.footer == "From 1 article in the bot's news archive, corrected by the moderators"
    assert sources_footer([ARTICLE]) == "From 1 article in the bot's news archive"


def test_a_deleted_moderator_role_is_said_to_be_gone() -> None:
    assert "was deleted" in _text(ModeratorRoleShown(5, ""))


def test_a_casting_shown_by_the_articles_spelling_says_how_to_show_the_moderators() -> None:
    casting = replace(
        ENTRY, action=CorrectionAction.CAST, fact_id=None, subject="Juno Vale", value="Ana Sol"
    )
    (card,) = cards_for(Corrected(casting, shown_as="Anna Sol"), TextStyle())
    assert card.description.splitlines()[-1] == (
        "The articles write Ana Sol as Anna Sol, and that spelling is shown: "
        "`/facts merge name:Anna Sol into:Ana Sol` shows yours instead."
    )
