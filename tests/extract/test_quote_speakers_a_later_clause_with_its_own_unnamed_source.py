"""A closing clause joined by "and" or "while" whose subject is an unnamed someone with its own
verb ("and one festival insider called a March slot “likely”") takes the quote from the
sentence's earlier sayer; a clause with no new subject keeps it."""

from tests.extract.helpers import facts

_OPEN = "Harwick Films has not dated Tallow Moor. "


def _speakers(sentence: str) -> list[str]:
    return [q.speaker for q in facts(_OPEN + sentence).quotes if q.served]


def test_a_later_unnamed_source_takes_the_words() -> None:
    for sentence in (
        "Harwick has said only that it opens in 2030, and one festival insider called a March "
        "slot “the likeliest bet”.",
        "Harwick said the cut was finished, while others described the ending as “far too bleak”.",
    ):
        assert "Harwick Films" not in _speakers(sentence), sentence


def test_no_new_subject_keeps_the_sayer() -> None:
    found = _speakers("Harwick has said it opens in 2030 and that a sequel is “likely”.")
    assert found == ["Harwick Films"]
