"""Quotes on invented text: a quotation standing alone as its paragraph, with a dash line after
it ("— Ada Vale on Tom Reed"), is the dash line's person's, never the person the paragraph
before quoted, nor the one the words are about."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(found: object, start: str) -> tuple[str, SourceKind, bool]:
    quote = next(q for q in found.quotes if q.text.startswith(start))  # type: ignore[attr-defined]
    return quote.speaker, quote.source, quote.served


def _profile(credit: str) -> object:
    return facts(
        "Marisol Achterberg plays the lighthouse keeper in Gull Station, out in May.",
        "‘I didn’t sleep for the whole shoot,’ Achterberg says. ‘Nobody did.’",
        "‘She learns a scene faster than anyone I have worked with.’",
        credit,
        "Teodor Vasquez-Lunn, who plays her brother, worked with her on stage first.",
        date="2026-04-10",
        title="Marisol Achterberg on Gull Station",
    )


def test_the_dash_line_names_who_speaks_not_whom_the_words_are_about() -> None:
    found = _profile("— Teodor Vasquez-Lunn on Marisol Achterberg")
    assert _speaker(found, "She learns a scene") == (
        "Teodor Vasquez-Lunn",
        SourceKind.PERSON,
        True,
    )


def test_a_dash_line_naming_no_one_known_leaves_the_words_to_no_one() -> None:
    found = _profile("— Anonymous on Marisol Achterberg")
    speaker, _, served = _speaker(found, "She learns a scene")
    assert not (served and speaker == "Marisol Achterberg")


def test_a_quotation_with_its_own_sentence_keeps_its_speaker() -> None:
    found = _profile("It is the kind of thing co-stars say.")
    speaker, _, _ = _speaker(found, "Nobody did")
    assert speaker == "Marisol Achterberg"
