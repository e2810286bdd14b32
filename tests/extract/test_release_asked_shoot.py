"""Release statements on invented text: a shoot's day given as the answer to an interviewer's
question ("When did you wrap?"), in a transcript with speaker labels or without them."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts("This week: the sound team behind Gull Rock.", *paragraphs, date="2026-03-02",
                  title="Behind the scenes: Gull Rock")  # fmt: skip
    return {(r.kind.value, str(r.date)) for r in found.release
            if r.served and r.kind.value.startswith("filming")}  # fmt: skip


def test_a_shoot_day_answered_to_the_question_is_that_day() -> None:
    assert _shoot(
        "HOST: When did you wrap?",
        "ODILE: The 3rd of October, in a car park in Lyon, at four in the morning.",
    ) == {("filming_wrapped", "2025-10-03")}
    assert _shoot(
        "When did filming start?",
        "On 12 May, two weeks late, because of the floods.",
    ) == {("filming_started", "2025-05-12")}


def test_an_answer_that_opens_with_no_date_or_a_day_to_come_gives_nothing() -> None:
    assert not _shoot("HOST: When did you wrap?", "ODILE: Late, and in the rain, in Lyon.")
    assert not _shoot("When did you start shooting?", "ODILE: 20 April 2026, if the weather holds.")


def test_we_started_on_a_day_answers_when_shooting_started() -> None:
    found = facts(
        "Director Oona Vale talks to us about Tarn Key.",
        "When did you start shooting?",
        "We started on 3 March in Scarholm, in the rain.",
        title="Oona Vale on Tarn Key",
        date="2025-10-02",
    )
    assert ("filming_started", "2025-03-03") in {
        (r.kind.value, str(r.date)) for r in found.release if r.served
    }
