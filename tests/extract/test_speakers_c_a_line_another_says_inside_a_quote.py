"""A line quoted inside a quotation as another's speech ("‘She’d lean back and say “Again,
slower,” and we’d go again,’ he says") is never the outer speaker's; one the teller tells as
their own ("‘I just said “Fine,” and left’") stays theirs."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Theodric Bellamy mixed the sound for Corrowdale, which opens in May."


def _speakers(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_another_ones_line_inside_a_quote_is_not_the_tellers() -> None:
    found = _speakers(
        _LEDE,
        "He remembers the director, Wenna Polglase, sitting in for the final week. ‘She’d lean "
        "back with her eyes closed and say “Again, slower,” and she was always right,’ he says.",
    )
    assert ("Again, slower", ("Theodric Bellamy", SourceKind.PERSON)) not in {
        (text.rstrip(","), who) for text, who in found.items()
    }
    outer = next(text for text in found if text.startswith("She’d lean back"))
    assert found[outer] == ("Theodric Bellamy", SourceKind.PERSON)


def test_the_tellers_own_line_inside_a_quote_is_left_alone() -> None:
    found = _speakers(
        _LEDE,
        "He laughs at the memory. ‘I just said “Fine, then,” and walked out,’ Bellamy says.",
    )
    outer = next(text for text in found if text.startswith("I just said"))
    assert found[outer] == ("Theodric Bellamy", SourceKind.PERSON)
