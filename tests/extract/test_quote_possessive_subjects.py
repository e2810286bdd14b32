"""Quotes on invented text: "Her friend Odile Varga put it ..." has Odile Varga as its subject,
so the "she said" after it is hers, never the person "her" points back to."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_possessive_before_a_name_leaves_the_name_as_the_subject() -> None:
    for line in (
        "Her friend Odile Varga put it more simply. “We grew up with it,” she said.",
        "His sister Odile Varga was less sure. “We grew up with it,” she said.",
    ):
        found = facts(
            "The Copper Bay film previewed in Leeds on Saturday.",
            "“It was a dream,” said Mara Quint, who queued from dawn.",
            line,
        ).quotes
        served = {q.text[:10]: (q.speaker, q.source) for q in found if q.served}
        assert served["We grew up"] == ("Odile Varga", SourceKind.PERSON), line


def test_words_said_by_someone_the_speaker_knows_are_not_the_speakers() -> None:
    for line in (
        "“She is thrilled to join,” her agent said.",
        "“She is thrilled to join,” her older brother told reporters.",
    ):
        found = facts(
            "Mara Quint joins the Copper Bay film as the harbour master.",
            "“It was a dream,” Quint said.",
            line,
        ).quotes
        served = {q.text[:10]: q.speaker for q in found if q.served}
        assert served.get("She is thr", "") != "Mara Quint", line
