"""A name cut with its article before the noun it modifies ("The Wystan shoot was his first") is
a thing, so a "he" after it is never that name's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_an_articled_name_before_its_noun_is_no_ones_pronoun() -> None:
    served = _served(
        "Orrin Vaskell-Drew has waited forty years for a lead.",
        "In Wystan Hollow, Mirelle Tabb’s film, Vaskell-Drew plays Lord Cedric Wystan, a"
        " landowner.",
        "The Wystan shoot, in March at Alnmere, was his first as the lead. “I got lost on day"
        " one,” he admits.",
    )
    assert served.get("I got lost on day one", ("", SourceKind.UNATTRIBUTED))[0] != (
        "Cedric Wystan"
    )
