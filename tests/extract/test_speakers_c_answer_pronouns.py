"""In a Q&A printed without labels, a bare "she said" inside a first-person answer is someone
the answerer tells of, never the answerer; a "she says" in the writer's own scene-setting
paragraph stays the subject's."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_TITLE = "Orla Penhallow: ‘I wanted him to be tired, not brave’"
_OPENING = (
    "Orla Penhallow is late and apologising for it. “Trains,” she says.",
    "The 29-year-old stars in Saltgrass, a new hospital drama, as a first-year surgeon.",
)


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    found = facts(*_OPENING, *paragraphs, title=_TITLE).quotes
    return next(q for q in found if q.text.startswith(text))


def test_a_she_in_an_answer_is_another() -> None:
    quote = _quote(
        "Why is everyone",
        "What does your sister think?",
        "She is a nurse. She said, and I quote, “Why is everyone so clean?” That was my only"
        " review.",
    )
    assert quote.source is not SourceKind.PERSON or quote.speaker != "Orla Penhallow"


def test_the_subjects_own_words_stay_hers() -> None:
    quote = _quote("Trains")
    assert quote.speaker == "Orla Penhallow"


def test_a_he_the_question_named_stays_his() -> None:
    quote = _quote(
        "Stop acting",
        "What was it like working with Tomas Brill?",
        "Tomas has such a clear eye. On the first day he said to the cast, “Stop acting and just"
        " listen.” I think about that a lot.",
    )
    assert quote.speaker == "Tomas Brill"
