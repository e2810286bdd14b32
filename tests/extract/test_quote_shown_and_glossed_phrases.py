"""Quotes on invented text: words in marks that are shown or named, not said - a notice's text
after a colon, a phrase trending, a label after "being", a foreign phrase glossed straight
after, a song named with a capitalised determiner - are held; a quote someone says stays
served."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEAD = "Filming on The Copper Weir began on 3 May in Fenwick."


def _held(line: str) -> list[str]:
    found = facts(_LEAD, line, date="2026-05-20", title="The Copper Weir: set diary")
    assert found.quotes, found.quotes
    return [q.text for q in found.quotes if q.served]


def test_a_notice_text_after_a_colon_is_held() -> None:
    for line in (
        "Someone has taped a paper sign to the canteen door: “UNIT ONLY – NO VISITORS”.",
        "A hand-written notice hangs by the trailers: “Quiet on the lane after ten”.",
    ):
        assert not _held(line), line


def test_a_trending_phrase_is_held() -> None:
    for line in (
        "If you see “meet me by the weir” trending tonight, that is the last scene.",
        "Fans noticed “the copper kiss” was trending within the hour.",
    ):
        assert not _held(line), line


def test_a_label_after_being_is_held() -> None:
    for line in (
        "Mabli Torrance has spent ten years being “the girl from the bank advert”.",
        "After a decade of being “the nice neighbour”, he wanted a villain.",
    ):
        assert not _held(line), line


def test_a_glossed_foreign_phrase_is_held_whoever_the_sentence_names() -> None:
    for line in (
        "Ines Garrow joked that she learned one phrase on the shoot: « ça tourne » – it rolls.",
        "The crew taught Ines Garrow their phrase of the week – “dal ati” – keep going.",
    ):
        assert not _held(line), line


def test_a_song_named_at_a_sentence_start_is_held() -> None:
    assert not _held("The closing song, “Rain (Weir Version)”, topped the chart by Friday.")


def test_a_said_line_after_a_colon_and_a_quote_named_being_stay_served() -> None:
    for line in (
        "Ines Garrow stood by the sign. She told us: “We built that in one night.”",
        "“Being the lead is odd,” Ines Garrow said. “I keep waiting to be sent home.”",
    ):
        served = _held(line)
        assert served, line
