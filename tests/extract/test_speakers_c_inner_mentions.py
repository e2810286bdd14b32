"""A "he laughed" quotation that repeats a line calling the speaker by name (“She looked at me
and said, ‘Tomas, no,’” he laughed) stays the speaker's; one whose own words name him is about
him, so not his."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


_OPENING = (
    "Actor Bram Oduya, who plays the younger brother, called the finale “a proper weepie”,"
    " he said.",
)


def test_a_name_inside_a_repeated_line_keeps_the_speaker() -> None:
    quote = _quote(
        "Ines just looked",
        *_OPENING,
        "Director Tomas Hale joked that he had pitched a wedding ending. “Ines just looked at me"
        " and said, ‘Tomas, they are nineteen,’” he laughed.",
    )
    assert quote.speaker == "Tomas Hale"


def test_a_name_in_the_own_words_is_someone_else() -> None:
    quote = _quote(
        "Ines just looked",
        *_OPENING,
        "Director Tomas Hale joked that he had pitched a wedding ending. “Ines just looked at"
        " Tomas and said no,” he laughed.",
    )
    assert quote.speaker != "Tomas Hale"
