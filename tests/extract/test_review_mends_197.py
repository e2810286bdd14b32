"""Review mends of round 197, on invented text."""

from __future__ import annotations

import pytest

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_quotes

_ISLAND_LEDE = "Brackwater returns for a second series tonight, with a new vicar on the island."
_ISLAND_TITLE = "Brackwater series two review"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsin Orrow, played by Kestel Vayne, doesn’t return Gideon’s letters all winter.",
        "Tamsin Orrow, played by Kestel Vayne, will not return the borrowed lantern.",
        "Tamsin Orrow, played by Kestel Vayne, does not return home for the christening.",
    ],
)
def test_a_part_not_returning_something_in_the_plot_is_still_current(sentence: str) -> None:
    found = facts(_ISLAND_LEDE, sentence, title=_ISLAND_TITLE)
    assert {(c.actor, c.status) for c in found.cast} == {("Kestel Vayne", CastStatus.CURRENT)}


def test_a_part_not_returning_at_the_clause_end_is_former() -> None:
    found = facts(
        _ISLAND_LEDE,
        "Tamsin Orrow, played by Kestel Vayne, won’t be back, and the vicarage stands empty.",
        title=_ISLAND_TITLE,
    )
    assert {(c.actor, c.status) for c in found.cast} == {("Kestel Vayne", CastStatus.FORMER)}


_QA_LEDE = "Before the autumn tour, the puppeteer behind ‘Copperline Wharf’ tells how it began."
_QA_PAIRS = (
    "Where did the first puppet come from?",
    "A skip behind a bakery in Derry. I carved the jaw with a bread knife and it held.",
    "How did the young cast take to it?",
    "Slowly, then all at once. They taught me more than I taught them.",
    "What comes next?",
    "Sleep. Then a show I cannot talk about yet.",
)


def test_a_headline_quoting_a_title_the_body_names_again_names_no_guest() -> None:
    served = served_quotes(
        facts(_QA_LEDE, *_QA_PAIRS, title="Orla Máirtín-Quest on ‘Copperline Wharf’")
    )
    assert all(who != "Orla Máirtín-Quest" for _, who in served), served


def test_a_headline_quoting_words_the_body_repeats_still_names_the_guest() -> None:
    served = served_quotes(
        facts(
            _QA_LEDE, *_QA_PAIRS, title="Orla Máirtín-Quest: ‘I carved the jaw with a bread knife’"
        )
    )
    assert ("Sleep. Then ", "Orla Máirtín-Quest") in set(served), served
