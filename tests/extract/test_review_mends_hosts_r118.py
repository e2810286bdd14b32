"""Hosts read at a sentence's start and told from a work or a place that hosts a guest."""

from __future__ import annotations

import pytest

from bot.extract.hosts import _raw_hosts
from tests.extract.helpers import facts, served_quotes


@pytest.mark.parametrize(
    "line",
    [
        "Both hosts Ada Vale and Tom Reed laughed.",
        "Tonight hosts Ada Vale and Tom Reed welcome Mia Lund.",
        "This week hosts Ada Vale and Tom Reed welcome Mia Lund.",
        "On the latest episode hosts Ada Vale and Tom Reed welcome Mia Lund.",
    ],
)
def test_hosts_at_a_sentence_start_are_hosts(line: str) -> None:
    assert _raw_hosts(line) == ("Ada Vale", "Tom Reed")


@pytest.mark.parametrize(
    "line",
    [
        "The episode hosts Tom Reed, who plays Bram.",
        "The festival is set to host Tom Reed next month.",
    ],
)
def test_a_work_or_place_that_hosts_a_guest_makes_no_host(line: str) -> None:
    assert _raw_hosts(line) == ()


def test_a_podcast_named_in_the_lede_is_no_speaker() -> None:
    found = facts(
        "Draft Night is a weekly podcast about television.",
        "This week, both hosts Ada Vale and Mia Lund interview Tom Reed, who plays Bram in "
        "Saltmarrow. The host asked about the finale. “We shot it in one night,” he said.",
    )
    assert [speaker for _, speaker in served_quotes(found)] in ([], [""], ["Tom Reed"])
