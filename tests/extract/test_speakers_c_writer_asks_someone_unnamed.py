"""The writer turning to someone unnamed ("I asked a neighbour what she made of it") brings in
someone new: a "she said" right after is that one, never a person named further back; a
sentence where the writer turns to something else leaves the search going back."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = (
    "Tidewater, the Oban ferry drama, ends on Sunday, and Ilse Marrow is superb in its last"
    " storm scene."
)


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_someone_the_writer_asks_is_not_an_older_subject() -> None:
    for opening in ("I asked a neighbour", "We asked one old friend", "I rang a colleague"):
        quote = _quote(
            "It made me miss the sea",
            _OPENING,
            f"Marrow has never been better. {opening} who has seen every episode what she made"
            " of it. “It made me miss the sea,” she said.",
        )
        assert quote.speaker != "Ilse Marrow", opening


def test_the_writer_asking_a_question_keeps_the_subject() -> None:
    quote = _quote(
        "It made me miss the sea",
        _OPENING,
        "Marrow has never been better, and she is glad it is over. I asked about the last"
        " storm. “It made me miss the sea,” she said.",
    )
    assert quote.speaker == "Ilse Marrow"
