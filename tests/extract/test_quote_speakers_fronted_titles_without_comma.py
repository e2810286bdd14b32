"""A work named in a fronted phrase with no comma before the pronoun ("For The Copper Meadow she
spent a winter ...", "With Winter Orchard he went back ..."): the work is what the clause is
about, and the pronoun is the person named before, never a person called by the work's name."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text == text and q.served)
    return quote.speaker, quote.source


def test_fronted_work_with_its_article_and_no_comma() -> None:
    for fronted in (
        "For The Copper Meadow she",
        "For The Copper Meadow, she",
        "With The Copper Meadow she",
        "For Copper Meadow she",
        "On The Copper Meadow she",
    ):
        found = _speaker(
            "I walked the coast every week",
            "Editor Marisol Quennell-Abara cut The Copper Meadow, a drama about a hill farm.",
            f"{fronted} did something rare: she lived in the town for a winter. “I walked the "
            "coast every week,” she says.",
        )
        assert found in {
            ("Marisol Quennell-Abara", SourceKind.PERSON),
            ("", SourceKind.UNATTRIBUTED),
        }, fronted
        assert found[0] != "Copper Meadow", fronted


def test_fronted_work_before_he_without_comma() -> None:
    found = _speaker(
        "It had to sound like rain",
        "Composer Idris Penhallow-Obi scored Winter Orchard over two years.",
        "With Winter Orchard he wrote for strings alone. “It had to sound like rain,” he explains.",
    )
    assert found in {("Idris Penhallow-Obi", SourceKind.PERSON), ("", SourceKind.UNATTRIBUTED)}


def test_a_named_person_after_for_still_speaks() -> None:
    found = _speaker(
        "We owe it to them",
        "The cast met the crew on Monday.",
        "For Ada Quennell it was a homecoming. “We owe it to them,” she said.",
    )
    assert found == ("Ada Quennell", SourceKind.PERSON)
