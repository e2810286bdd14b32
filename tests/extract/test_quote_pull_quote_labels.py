"""Quotes on invented text: a layout's pull-quote label ("PULL QUOTE:", "Quote:") is no speaker
and no sentence subject; the words are credited by a dash and a full name after them, else to
no one."""

from __future__ import annotations

from tests.extract.helpers import facts

_BODY = (
    "Rhiannon Vell has spent a decade playing Mags in Tidewater Lane, and the finale is close.",
    "“I cried in the car park every night of the last block,” Vell says. “Every single night.”",
)


def _speakers(start: str, *paragraphs: str) -> list[tuple[str, str]]:
    return [
        (q.speaker, q.source.name)
        for q in facts(*paragraphs).quotes
        if q.text.startswith(start) and q.served
    ]


def test_a_capitalised_pull_quote_label_is_no_speaker() -> None:
    said = _speakers("I cried", *_BODY, "PULL QUOTE: “I cried in the car park every night”")
    assert ("PULL QUOTE", "ORGANISATION") not in said
    assert ("QUOTE", "ORGANISATION") not in said
    assert ("Rhiannon Vell", "PERSON") in said  # the body's own line keeps its speaker
    assert said == [("Rhiannon Vell", "PERSON")]  # the pull quote is the body's line again


def test_a_pull_quote_with_a_dash_and_a_full_name_is_theirs() -> None:
    said = _speakers(
        "Nobody leaves",
        *_BODY,
        "Quote: “Nobody leaves Tidewater Lane, not really.” – Rhiannon Vell",
    )
    assert said == [("Rhiannon Vell", "PERSON")]


def test_a_sentence_ending_on_a_colon_still_gives_its_subject() -> None:
    said = _speakers(
        "We kept the set",
        *_BODY,
        "Producer Dafydd Morlais put it simply: “We kept the set standing for the fans.”",
    )
    assert said == [("Dafydd Morlais", "PERSON")]
