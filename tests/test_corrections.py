"""Corrections as plain data: fact ids, content keys, and how corrections apply to facts."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.corrections import (
    NO_CORRECTIONS,
    ArticleCorrections,
    CorrectionAction,
    FactCorrection,
    FactId,
    FactKind,
    content_key,
)
from bot.facts import (
    ArticleFacts,
    CastFact,
    CastStatus,
    CrewFact,
    CrewRole,
    QuoteFact,
    ReleaseFact,
    ReleaseKind,
    SourceKind,
)

UNSURE = 0.3
SURE_CAST = CastFact("Maren Holt", "Ada Quill", "Maren Holt plays Ada Quill.")
HELD_CAST = CastFact("Tobias Renn", "Orchard", "Tobias Renn in Orchard", confidence=UNSURE)
QUOTE = QuoteFact("It was the best summer", "Maren Holt", SourceKind.PERSON, "Holt said")
FACTS = ArticleFacts(cast=(SURE_CAST, HELD_CAST), quotes=(QUOTE,), people=("Maren Holt",))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cast-12", FactId(FactKind.CAST, 12)),
        ("  Crew 3 ", FactId(FactKind.CREW, 3)),
        ("RELEASE-5", FactId(FactKind.RELEASE, 5)),
        ("quote#7", FactId(FactKind.QUOTE, 7)),
        ("cast-", None),
        ("12", None),
        ("people-1", None),
        ("cast-1; DROP TABLE roles", None),
    ],
)
def test_a_fact_id_is_read_as_typed_and_shown_one_way(typed: str, expected: FactId | None) -> None:
    assert FactId.parse(typed) == expected
    if expected is not None:
        assert FactId.parse(str(expected)) == expected
        assert str(expected) == f"{expected.kind}-{expected.number}"


def test_a_content_key_ignores_evidence_certainty_spelling_and_speaker() -> None:
    respelled = CastFact("MAREN  HOLT", "Ada Quill", "A different sentence.", confidence=UNSURE)
    assert content_key(respelled) == content_key(SURE_CAST) == "maren holt|ada quill|current"
    left = CastFact("Maren Holt", "Ada Quill", "", status=CastStatus.FORMER)
    assert content_key(left) != content_key(SURE_CAST)
    assert content_key(CrewFact("Iris Vane", CrewRole.DIRECTOR, "")) == "iris vane|director"
    premiere = ReleaseFact(ReleaseKind.PREMIERE_DATE, "", date=dt.date(2026, 5, 3))
    assert content_key(premiere) == "premiere_date|2026-05-03|||0"
    unattributed = QuoteFact(QUOTE.text, "", SourceKind.UNATTRIBUTED, "")
    assert content_key(unattributed) == content_key(QUOTE) == QUOTE.text


def _corrections(*made: tuple[CorrectionAction, object, str]) -> ArticleCorrections:
    def correction(action: CorrectionAction, fact: object, speaker: str) -> FactCorrection:
        assert isinstance(fact, CastFact | QuoteFact)
        kind = FactKind.CAST if isinstance(fact, CastFact) else FactKind.QUOTE
        return FactCorrection(action, kind, content_key(fact), speaker)

    return ArticleCorrections.of(correction(*one) for one in made)


def test_no_corrections_serve_what_the_extractor_was_sure_of() -> None:
    assert not NO_CORRECTIONS
    assert NO_CORRECTIONS.served(FACTS).cast == (SURE_CAST,)
    state = NO_CORRECTIONS.state(HELD_CAST)
    assert (state.served, state.corrected) == (False, False)


def test_approving_serves_a_held_fact_and_marks_it_corrected() -> None:
    approved = _corrections((CorrectionAction.APPROVE, HELD_CAST, ""))
    assert approved.served(FACTS).cast == (SURE_CAST, HELD_CAST)
    state = approved.state(HELD_CAST)
    assert (state.served, state.corrected) == (True, True)
    assert approved.state(SURE_CAST).corrected is False


def test_the_latest_decision_wins_and_a_hide_beats_any() -> None:
    changed_mind = _corrections(
        (CorrectionAction.APPROVE, HELD_CAST, ""), (CorrectionAction.REJECT, HELD_CAST, "")
    )
    assert changed_mind.served(FACTS).cast == (SURE_CAST,)
    hidden = _corrections(
        (CorrectionAction.APPROVE, HELD_CAST, ""), (CorrectionAction.HIDE, HELD_CAST, "")
    )
    assert hidden.state(HELD_CAST).served is False
    back = _corrections(
        (CorrectionAction.HIDE, SURE_CAST, ""), (CorrectionAction.UNHIDE, SURE_CAST, "")
    )
    assert back.state(SURE_CAST).served is True and not back


def test_a_corrected_speaker_replaces_the_extracted_one() -> None:
    nobody = _corrections((CorrectionAction.SPEAKER, QUOTE, ""))
    (fixed,) = nobody.fixed(FACTS).quotes
    assert (fixed.speaker, fixed.source) == ("", SourceKind.UNATTRIBUTED)
    assert nobody.state(fixed) == nobody.state(QUOTE)
    assert nobody.state(fixed).corrected and nobody.state(fixed).served
    someone = _corrections((CorrectionAction.SPEAKER, QUOTE, "Iris Vane"))
    (credited,) = someone.fixed(FACTS).quotes
    assert (credited.speaker, credited.source) == ("Iris Vane", SourceKind.PERSON)
    assert NO_CORRECTIONS.fixed(FACTS) is FACTS
