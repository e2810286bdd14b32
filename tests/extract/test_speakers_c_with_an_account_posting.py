"""A closing "with @name posting: “...”" clause gives the words to the account, not to whoever
told of it; a named person in the same slot still speaks for herself."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Mara Quill and Tomas Brenn talked about the end of Gannet Rock on this week's podcast."


def _speakers(line: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, line).quotes if q.served}


def test_an_account_posting_in_a_with_clause_owns_the_words() -> None:
    quotes = _speakers(
        "Quill noted that fans had already started a petition, with @gannetrock_fans posting:"
        " “one more series or we riot”."
    )
    assert quotes["one more series or we riot"] == ("@gannetrock_fans", SourceKind.ORGANISATION)


def test_a_person_in_a_with_clause_still_owns_the_words() -> None:
    quotes = _speakers(
        "Filming is over, Quill said, with Tomas Brenn adding: “We will miss the harbour.”"
    )
    assert quotes["We will miss the harbour."] == ("Tomas Brenn", SourceKind.PERSON)
