"""A film that "reaches" a streamer or channel on a day arrives there then, as one that reaches
cinemas does; reaching a streamer's chart is no release. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_days

_TITLE = "Copper Bay: the latest"


def _days(text: str) -> set[tuple[str, str]]:
    return served_days("Copper Bay is a drama about a lifeboat crew.", text, title=_TITLE,
                       date="2025-09-22")  # fmt: skip


def test_reaching_a_streamer_on_a_day_is_the_release() -> None:
    text = "Copper Bay reaches Netflix on Friday 3 October."
    assert ("premiere_date", "2025-10-03") in _days(text)
    assert ("premiere_date", "2025-10-05") in _days("The drama reaches BBC One on 5 October.")


def test_reaching_a_chart_on_a_streamer_is_not() -> None:
    for text in (
        "Copper Bay reached Netflix's top ten on Friday 19 September.",
        "Copper Bay reached number one on Netflix on 19 September.",
    ):
        assert not {k for k, _ in _days(text) if k == "premiere_date"}, text
