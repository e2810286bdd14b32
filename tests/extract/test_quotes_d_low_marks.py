"""German and Polish low marks („...“) open a quotation as curly marks do, closed by "“" or
"”"; a single "“" with no low mark before it still opens one."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind, bool]]:
    return {q.text: (q.speaker, q.source, q.served) for q in facts(*paragraphs).quotes}


def test_low_marks_open_a_quotation() -> None:
    found = _quotes(
        "Director Lena Hartwig's Nordlicht opens in Hamburg on Friday.",
        "Speaking on set, Hartwig said: „Für mich ist das ein Film über Geduld.“",
    )
    assert found["Für mich ist das ein Film über Geduld."] == (
        "Lena Hartwig",
        SourceKind.PERSON,
        True,
    )


def test_a_curly_quotation_is_unchanged_beside_low_marks() -> None:
    found = _quotes(
        "Director Lena Hartwig's Nordlicht opens in Hamburg on Friday.",
        "Hartwig said: „Geduld.“ Later she added: “It is a film about patience.”",
    )
    assert found["It is a film about patience."][2] is True
