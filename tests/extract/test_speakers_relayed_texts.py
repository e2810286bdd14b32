"""Another's text told by the one who recalls it ("Vell recalls an early executive note asking
for “more fog”") is never the recaller's words, their own asking still is; and the names a dashed
aside lists ("a photo of the cast — A and B among them — with the words:") never posted it."""

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
        assert found == ("", SourceKind.UNATTRIBUTED), text


def test_the_recallers_own_asking_stays_theirs() -> None:
    found = _speaker(
        "more fog on the pier",
        _LEDE,
        "Not everyone was convinced. Vell remembers asking for “more fog on the pier”.",
    )
    assert found == ("Ines Vell", SourceKind.PERSON)


def test_names_listed_in_a_dashed_aside_do_not_post_the_words() -> None:
    found = _speaker(
        "The crew is back",
        "Filming on Gullstone began this week.",
        "Ada Brill, who directed the first series, shared a photo of the returning cast — Tom"
        " Vey, Nia Roe and Jo Walsh among them — with the words: “The crew is back.”",
    )
    assert found == ("Ada Brill", SourceKind.PERSON)


def test_a_name_after_a_single_dash_is_still_read() -> None:
    found = _speaker(
        "The crew is back",
        "Filming on Gullstone began this week.",
        "A photo of the returning cast went up on Monday — Jo Walsh shared it with the words:"
        " “The crew is back.”",
    )
    assert found == ("Jo Walsh", SourceKind.PERSON)
