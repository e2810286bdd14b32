"""After "according to X", a pronoun's own message sent "to say" the words ("she texted him
... to say it was “...”") relays another's words, never X's; X's own account stays X's."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


_OPENING = "Tamsin Voll wrote the stage version of Copperline; Rhys Adair scored the film."


def test_a_message_to_say_the_words_is_not_the_relayers() -> None:
    quote = _quote(
        "the loveliest noise",
        _OPENING,
        "According to Adair, she emailed him after the first screening to say it was “the"
        " loveliest noise I have heard all year”.",
    )
    assert quote.speaker != "Rhys Adair"


def test_the_relayers_own_words_stay_his() -> None:
    quote = _quote(
        "the loveliest noise",
        _OPENING,
        "According to Adair, the first screening made “the loveliest noise I have heard all year”.",
    )
    assert quote.speaker == "Rhys Adair"
    assert quote.source is SourceKind.PERSON
