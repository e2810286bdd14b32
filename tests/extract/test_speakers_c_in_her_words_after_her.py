"""A name a few words before "in her words" is whose words they are ("Ada from Hythe was, in
her words, “...”"); but where the same pronoun already stands before that name ("Her note from
producer X was, in her words, “...”") it is someone told before, and X only another person the
sentence brings in: never the speaker."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = (
    "Ilse Marrow has scored all three series of Tidewater, the Lumen ferry drama produced by"
    " Tomas Keld."
)


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_the_pronoun_before_the_name_keeps_the_words() -> None:
    for owner in ("Her task", "The task she got"):
        quote = _quote(
            "keep the strings out",
            _OPENING,
            f"{owner} from producer Tomas Keld was, in her words, “keep the strings"
            " out of the storm”.",
        )
        assert quote.speaker != "Tomas Keld", owner


def test_a_name_before_in_her_words_still_speaks() -> None:
    quote = _quote(
        "keep the strings out",
        _OPENING,
        "Ilse Marrow was, in her words, “keep the strings out of the storm” from the first day.",
    )
    assert quote.speaker == "Ilse Marrow"
