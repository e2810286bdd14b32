"""A bare job title with its field after "of" before a name ("head of sales Ada Vale said") is
the person's, so the words are hers: not the company named before, nor a title read as a name."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Quill Lane topped the box office this weekend, taking £1.4m from 300 screens."


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_a_title_with_its_field_after_of_names_the_speaker() -> None:
    quotes = _served(
        "Rookwood Pictures said it was “delighted” with the figures. “People keep coming back"
        " for a second look, which nobody predicted,” head of sales Tamsin Orrell said."
    )
    assert quotes["delighted"] == ("Rookwood Pictures", SourceKind.ORGANISATION)
    assert quotes["People keep coming back for a second look, which nobody predicted"] == (
        "Tamsin Orrell",
        SourceKind.PERSON,
    )


def test_a_title_with_its_field_after_of_after_the_verb() -> None:
    quotes = _served(
        "“People keep coming back for a second look, which nobody predicted,” said director of"
        " marketing Tamsin Orrell."
    )
    assert quotes["People keep coming back for a second look, which nobody predicted"] == (
        "Tamsin Orrell",
        SourceKind.PERSON,
    )


def test_a_company_title_still_names_the_speaker() -> None:
    quotes = _served(
        "“People keep coming back for a second look, which nobody predicted,” Rookwood head of"
        " sales Tamsin Orrell said."
    )
    assert quotes["People keep coming back for a second look, which nobody predicted"] == (
        "Tamsin Orrell",
        SourceKind.PERSON,
    )
