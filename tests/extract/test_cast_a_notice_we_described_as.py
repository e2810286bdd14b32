"""A live blog's correction that owns its earlier wording with "we described A as playing P"
withdraws that pairing; the same words outside a notice, and the true pairing the notice then
gives, still stand (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Ferrow Lane premiere – live: the cast arrive in Leeds"
_LEDE = "Follow our live coverage of the Ferrow Lane premiere."


def _cast(body: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, body, title=_TITLE).cast if c.served}


def test_a_notice_withdraws_what_we_described() -> None:
    for opening in ("A correction: earlier we described", "Correction: we previously described"):
        cast = _cast(
            f"{opening} Petra Vance as playing Oona. Vance plays Hedda Roe; Oona Brill is"
            " played by Mags Delaney."
        )
        assert ("Petra Vance", "Oona Brill") not in cast, opening
        assert ("Petra Vance", "Hedda Roe") in cast, opening
        assert ("Mags Delaney", "Oona Brill") in cast, opening


def test_described_as_playing_outside_a_notice_stands() -> None:
    assert ("Petra Vance", "Oona Brill") in _cast(
        "Earlier we described Petra Vance as playing Oona Brill, and she was a delight."
    )
