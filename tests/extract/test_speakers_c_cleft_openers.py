"""A sentence telling what a thing of someone's is ("It is Vey's first role at home in a
decade.") is about its owner: a "he" after it is the owner, not someone named further back; a
sentence about a thing owned by no one leaves the search going back."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


_OPENING = (
    "Dorran Vey orders a coffee. “I have been dieting for this part,” the actor says.",
    "The part was written by Ilse Marrow, creator of Tidewater, in which Vey plays a ferryman."
    " The series was shot in Oban in the spring and is directed by Ama Kettle-Ross.",
)


def test_a_cleft_sentence_is_about_its_owner() -> None:
    for verb in ("is", "was"):
        quote = _quote(
            "left before it left me",
            *_OPENING,
            f"It {verb} Vey's first role at home in a decade. He is best known for a long police"
            " drama, a part he says he “left before it left me”.",
        )
        assert quote.speaker == "Dorran Vey", verb


def test_an_owned_thing_of_another_keeps_its_owner() -> None:
    quote = _quote(
        "left before it left me",
        *_OPENING,
        "It is Marrow's first series for the channel. She says she “left before it left me”.",
    )
    assert quote.speaker == "Ilse Marrow"
