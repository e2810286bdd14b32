"""A role noun before a name told as the original's maker ("Director X, who made the original,
is busy elsewhere") is the first work's post, no credit on the sequel (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "A sequel to the hit comedy Fellmarrow is officially happening."


def _directors(text: str) -> set[str]:
    return {c.name for c in facts(LEDE, text).crew if c.served and c.role.name == "DIRECTOR"}


def test_the_originals_director_is_no_credit() -> None:
    assert "Hesper Quayle" not in _directors(
        "Director Hesper Quayle, who made the original, is busy with another film."
    )


def test_a_plain_relative_clause_keeps_the_credit() -> None:
    assert _directors("Director Ludo Farrant, who lives in Kent, is back for the sequel.") == {
        "Ludo Farrant"
    }


def test_the_first_runs_maker_may_return() -> None:
    assert _directors(
        "Director Ludo Farrant, who made the first series, is back for series two."
    ) == {"Ludo Farrant"}
