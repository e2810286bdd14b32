"""Quotes on invented text: a present-tense "she tells ..." right after a sentence opening on a
part is the part's line in the work, not the writer quoted before it; past-tense reports and a
sentence opening on a person keep their speaker."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEAD = (
    "Lantern Row, Vireo, 9pm. The drama follows a fishing family through one hard winter, and "
    "Dessa (Ada Vale, superb) inherits the boat nobody wanted."
)
_WRITER = "Written by Mina Roe, the series is “not a postcard”, she told Vireo's press team."


def _quote(*lines: str):  # type: ignore[no-untyped-def]
    found = facts(_LEAD, *lines, date="2026-01-12", title="Tonight's pick: Lantern Row")
    return next(q for q in found.quotes if q.text.startswith("I’ll not"))


def test_she_after_a_sentence_opening_on_a_part_is_held() -> None:
    for opening, verb in (
        ("Dessa’s first act as owner is to refuse the offer.", "tells the buyer"),
        ("Dessa refuses the offer on the spot.", "says to the buyer"),
    ):
        line = f"{_WRITER} {opening} “I’ll not sell it to the first man who asks,” she {verb}."
        assert not _quote(line).served, opening


def test_a_past_tense_report_keeps_its_speaker() -> None:
    line = (
        "Mina Roe wrote it in a year. Dessa is based on her aunt. "
        "“I’ll not pretend it was easy,” she told the press team."
    )
    quote = _quote(line)
    assert quote.served and quote.speaker == "Mina Roe"
