"""Words that open by reporting another ("She said, ‘...’") are the teller's: never those of the
one named just before whom the inner pronoun stands for, whom a message's "from" would credit;
a named teller keeps them."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_message_from_someone_that_opens_on_she_said() -> None:
    quote = _quote(
        "She said",
        "The crowd cheered for Orrick Vantley. Vantley, on stage afterwards, passed on a message "
        "from Ilsa Orwin: “She said, 'Tell them thank you for being so loud.'”",
    )
    assert quote.speaker != "Ilsa Orwin"


def test_a_named_teller_keeps_the_words() -> None:
    quote = _quote("He said I", "Ilsa Orwin said: “He said I was mad.”")
    assert quote.source is SourceKind.PERSON
    assert quote.speaker == "Ilsa Orwin"


def test_an_unnamed_teller_of_someone_keeps_the_words() -> None:
    quote = _quote(
        "She said it",
        "Ilsa Orwin reportedly had a moment. A pal of the star told us: “She said it was the first "
        "time she wept.”",
    )
    assert quote.source is SourceKind.UNNAMED
