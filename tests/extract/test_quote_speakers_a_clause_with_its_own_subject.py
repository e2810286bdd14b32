"""A reporting verb whose clause has its own subject ("X showed a teaser, the cast confirmed the
film is “...”"): the words are never X's, the sentence's first subject."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_clause_with_its_own_subject_before_the_verb() -> None:
    quote = _quote(
        "in the edit",
        "That's a wrap on the Lumenfall panel. Quick recap: Quillon TV showed a 90-second "
        'teaser for Lumenfall Forever, the cast confirmed the film is "in the edit", and nobody '
        "would say when it's out.",
    )
    assert quote.source is not SourceKind.ORGANISATION or not quote.served
