"""A time the audience was led to expect from a pattern ("which prompted many fans to expect a
summer launch") is a guess no one the article stands behind has told: no window. The same
season told by the maker stands. Invented text throughout."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"
_LEAD = "Copper Bay is the next Channel 4 drama from Harbour Pictures."


def test_a_season_fans_were_led_to_expect_is_no_window() -> None:
    found = release_kinds(
        _LEAD,
        "The two earlier series arrived in June 2023 and June 2024, which prompted many fans "
        "to expect a summer launch for the film.",
        date="2026-02-03",
        title=_TITLE,
    )
    assert not any(kind == "window" and value.startswith("2026-06") for kind, value, _ in found)


def test_a_season_the_channel_gives_is_a_window() -> None:
    found = release_kinds(
        _LEAD,
        "Channel 4 says Copper Bay will arrive in the summer.",
        date="2026-02-03",
        title=_TITLE,
    )
    assert any(kind == "window" and value.startswith("2026-06") for kind, value, _ in found)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Netflix confirmed on Tuesday that Copper Bay premieres on 3 June, prompting fans to "
            "believe the wait was worth it.",
            "2026-06-03",
        ),
        (
            "Harbour Pictures said Copper Bay opens on 14 August, which led some viewers to think "
            "the delay was over.",
            "2026-08-14",
        ),
    ],
)
def test_a_date_told_before_what_fans_were_led_to_believe_stands(sentence: str, day: str) -> None:
    found = release_kinds(_LEAD, sentence, date="2026-02-03", title=_TITLE)
    assert any(value == day for _, value, _ in found)


def test_a_month_fans_were_led_to_believe_is_no_date() -> None:
    found = release_kinds(
        _LEAD,
        "The trailer dropped in March, which led many fans to believe it would arrive in early "
        "June.",
        date="2026-02-03",
        title=_TITLE,
    )
    assert not any(value.startswith("2026-06") for _, value, _ in found)
