"""The production told as shot over a span with a lower-case aside between it and its verb
("The drama, made by X for Y, was filmed between March and May"): the span is still its shoot.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _shoot(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-01-20", title="Marram Point gets a trailer")
    return {
        (r.kind.value, str(r.window))
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    }


def test_a_span_shot_after_an_aside_is_the_shoot() -> None:
    assert _shoot(
        "The drama, adapted by Nell Ostrow and made by Tern Films, shot between April and June "
        "last year."
    ) == {("filming_started", "2025-04"), ("filming_wrapped", "2025-06")}
    assert _shoot(
        "The series, produced by Tern Films for ITV, was filmed between March and May 2025."
    ) == {("filming_started", "2025-03"), ("filming_wrapped", "2025-05")}


def test_a_capitalised_name_between_is_no_aside() -> None:
    assert not _shoot(
        "In the drama, Marra, shot between the shoulders, lies ill between April and June."
    )
