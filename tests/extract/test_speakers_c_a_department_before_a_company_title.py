"""A company's department before a title ("Rookmoor UK drama director Tamsin Orrell introduces
the slate: “...”") still makes the person the sentence's subject: her words, not the company's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Quill Lane, a new comedy for Channel 4, has found its cast."
_WORDS = "Three years ago a small show about a tea room became a hit."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_a_department_before_the_title_names_the_person() -> None:
    quotes = _quotes(f"Rookmoor UK content director Tamsin Orrell introduces the slate: “{_WORDS}”")
    assert quotes[_WORDS] == ("Tamsin Orrell", SourceKind.PERSON)


def test_the_title_alone_still_names_the_person() -> None:
    quotes = _quotes(f"Rookmoor UK director Tamsin Orrell introduces the slate: “{_WORDS}”")
    assert quotes[_WORDS] == ("Tamsin Orrell", SourceKind.PERSON)
