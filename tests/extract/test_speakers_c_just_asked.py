"""A podcast write-up with no one subject: "X asks if a sequel is planned. “Ask me later,” she
says." is not the asker's answer; words after a sentence of hers that asks nothing stay hers."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


_OPENING = (
    "This week, hosts Marisol Kendrick and Tobias Wren talk to the team behind Lantern Row.",
    "Producer Ines Calloway of Grey Heron Films joins for the last segment and confirms the"
    " date: Lantern Row opens in cinemas on Friday 12 June.",
)


def test_the_answer_is_not_the_askers() -> None:
    quote = _quote(
        "Ask me after",
        *_OPENING,
        "Kendrick asks if a sequel is planned. “Ask me after the first weekend,” she says.",
    )
    assert quote.speaker != "Marisol Kendrick"


def test_words_after_no_question_stay_hers() -> None:
    quote = _quote(
        "Ask me after",
        *_OPENING,
        "Kendrick loved the ending. “Ask me after the first weekend,” she says.",
    )
    assert quote.speaker == "Marisol Kendrick"
    assert quote.source is SourceKind.PERSON
