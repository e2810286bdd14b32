"""Quotes on invented text: words sung, a line delivered, or a film set's routine call
("action", "cut") are performed, not said to anyone, so they are held; a shout that is not a
set's call, or a remark after "delivered a warning:", stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "On set with Marsh Lane: a diary from the quay"


def _quote(line: str, text: str):  # type: ignore[no-untyped-def]
    found = facts(
        "Marsh Lane is filming in Whitby this month, with Tamsin Orrell as Edie.",
        "The unit base is a car park above the harbour.",
        line,
        "Filming runs until the end of May.",
        title=_TITLE,
    )
    return next((q for q in found.quotes if q.text.startswith(text)), None)


def test_a_song_sung_or_a_line_delivered_is_held() -> None:
    for line, words in (
        (
            "The crew sang “you are my sunshine, my only sunshine” to Tamsin Orrell.",
            "you are my",
        ),
        ("Tamsin Orrell delivering “you were always my girl” by the stove. I sobbed.", "you were"),
    ):
        quote = _quote(line, words)
        assert quote is None or not quote.served, line


def test_a_set_call_is_held() -> None:
    for line, words in (
        ("Director Ivo Penhale calls “action” and the rain starts at once.", "action"),
        ("At midnight Ivo Penhale shouted “That's a wrap!” and everyone cheered.", "That's a wrap"),
    ):
        quote = _quote(line, words)
        assert quote is None or not quote.served, line


def test_a_shout_or_a_delivered_remark_stays_a_quote() -> None:
    quote = _quote("Ivo Penhale shouted “Get off the quay before the tide turns!”", "Get off")
    assert quote is not None and quote.served and quote.speaker == "Ivo Penhale"
    quote = _quote("Ivo Penhale delivered a warning: “The tide turns at four.”", "The tide")
    assert quote is not None and quote.served and quote.speaker == "Ivo Penhale"
