"""Another's text told by the one who recalls it ("Vell recalls an early executive note asking
for “more fog”") is never the recaller's words; their own asking ("Vell remembers asking for
“more fog”") still is."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Cinematographer Ines Vell shot the drama Gullstone for Lumen."


def _speaker(text: str, *paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))
    return quote.speaker, quote.source


def test_a_recalled_note_is_not_the_recallers() -> None:
    for text in ("an early executive note asking for", "a producer’s email demanding"):
        found = _speaker(
            "more fog on the pier",
            _LEDE,
            f"Not everyone was convinced. Vell recalls {text} “more fog on the pier”.",
        )
        assert found[0] != "Ines Vell", text


def test_the_recallers_own_asking_stays_theirs() -> None:
    found = _speaker(
        "more fog on the pier",
        _LEDE,
        "Not everyone was convinced. Vell remembers asking for “more fog on the pier”.",
    )
    assert found == ("Ines Vell", SourceKind.PERSON)
