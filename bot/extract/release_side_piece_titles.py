"""A name given to a piece made beside the work is not the work's title: "tucked away under the
film's page is a 40-minute making-of called Wickholt: The Last Day", "there is also a
behind-the-scenes special titled Wickholt Unseen". The piece is told as "a ..." with its own
noun (a making-of, a featurette, a companion podcast); "The film is called Wickholt" and "a
drama called Wickholt" still name the work.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_SIDE_PIECE = lazy_pattern(
    r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir)[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:making-of|featurette|(?:behind-the-scenes|companion|bonus|accompanying)[ ]"
    r"(?:documentary|doc|special|film|series|podcast|short|feature)|podcast|"
    r"(?:short|making-of)[ ](?:documentary|doc|film))"
    r",?[ ](?:called|titled|entitled|named)[ ]$"
)


def names_a_side_piece(chunk: str, title: str) -> bool:
    """Whether ``title``, where ``chunk`` holds it, follows a piece's noun and its naming word
    ("a making-of called ..."): the piece's name, not the work's."""
    at = chunk.find(title.partition(":")[0].strip() + ":")
    return at > 0 and _SIDE_PIECE.search(chunk, max(at - 80, 0), at) is not None
