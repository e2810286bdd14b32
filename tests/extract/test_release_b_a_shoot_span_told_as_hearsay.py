"""A shoot's span told with an adverb of hearsay before its months ("the shoot was apparently
done from March to May") is hedged, start and wrap; one told plainly, or with the adverb in a
later clause about something else, is not. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _steps(sentence: str) -> set[tuple[str, str, bool]]:
    found = release_kinds(
        "Talk thread for the first episode of Brindle Cove, which aired tonight on BBC Two.",
        sentence,
        date="2026-09-20",
        title="Brindle Cove episode one: discussion",
    )
    return {f for f in found if f[0] in {"filming_started", "filming_wrapped"}}


def test_a_span_told_apparently_is_hedged() -> None:
    assert _steps("The shoot was reportedly all wrapped up quickly, from March to May.") == {
        ("filming_started", "2026-03", True),
        ("filming_wrapped", "2026-05", True),
    }


def test_a_plain_span_is_not_hedged() -> None:
    assert _steps("The shoot ran from March to May in Whitstable.") == {
        ("filming_started", "2026-03", False),
        ("filming_wrapped", "2026-05", False),
    }


def test_an_adverb_after_another_clause_leaves_the_span() -> None:
    assert ("filming_started", "2026-03", False) in _steps(
        "The shoot ran from March to May, and apparently the whole cast caught colds."
    )
