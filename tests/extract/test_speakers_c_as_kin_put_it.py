"""Words cited ", as my mum put it" are the kin's, never the one the sentence is about; the
sentence's own sayer still keeps words she says herself."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Gannet Rock ended on Sunday, and the thread has not slept since."


def _speakers(line: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, line).quotes if q.served}


def test_words_as_kin_put_them_are_not_the_subjects() -> None:
    quotes = _speakers(
        "Mara Quill deserves every award going. Tonight she was “in another league”, as my nan"
        " put it."
    )
    assert quotes.get("in another league", ("",))[0] != "Mara Quill"


def test_words_as_a_named_sayer_put_them_stay_hers() -> None:
    quotes = _speakers("Mara Quill said the finale was “in another league”, and she should know.")
    assert quotes["in another league"] == ("Mara Quill", SourceKind.PERSON)
