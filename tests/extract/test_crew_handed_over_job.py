"""A hand-over with the job between ("who takes over the music from the series’ composer X")
names the earlier holder of the post, no credit on the article's work (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

LEDE = "Fellmarrow, the film of the series, is shooting in Kent."


def _composers(text: str) -> set[str]:
    return {c.name for c in facts(LEDE, text).crew if c.served and c.role.name == "COMPOSER"}


def test_the_holder_handed_over_from_is_no_credit() -> None:
    assert _composers(
        "He brought in the composer Orla Fenwright, who takes over the music from the series’ "
        "composer Teodor Malmqvist."
    ) == {"Orla Fenwright"}


def test_a_plain_series_composer_stays_ours() -> None:
    assert _composers("The series’ composer Teodor Malmqvist returns for the film.") == {
        "Teodor Malmqvist"
    }
