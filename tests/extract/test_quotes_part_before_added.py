""" "Inspector Dace, she added, is “...”": the part named before ", she added," is what the
words describe, never who says them; the "she" is the actor the sentences before speak of."""

from tests.extract.helpers import facts

_LEDE = "Ada Vale is terrific as Inspector Rhona Dace in the new drama Low Tide."


def _speakers(sentence: str) -> list[tuple[str, str]]:
    found = facts(_LEDE, sentence)
    return [(q.text[:12], q.speaker) for q in found.quotes if q.served]


def test_a_part_before_she_added_is_the_subject() -> None:
    assert _speakers(
        "Vale said the shoot was “the coldest job I have ever done”. Dace, she added, is “a "
        "woman who never takes her coat off”."
    ) == [("the coldest ", "Ada Vale"), ("a woman who ", "Ada Vale")]


def test_a_part_before_he_says_is_the_subject() -> None:
    found = facts(
        "Tom Reed plays Father Brannock in Low Tide.",
        "Reed called the script “a gift”. Brannock, he says, was “a man who lies to himself "
        "for a living”.",
    )
    assert [(q.text[:12], q.speaker) for q in found.quotes if q.served] == [
        ("a gift", "Tom Reed"),
        ("a man who li", "Tom Reed"),
    ]


def test_a_person_before_he_says_keeps_the_quote() -> None:
    found = facts(
        "The editor Ola Brisk cut Low Tide for the director Sam Orr.",
        "Brisk called the job “a long winter”. Orr, he says, wanted the film “to breathe”.",
    )
    assert [(q.text[:12], q.speaker) for q in found.quotes if q.served][-1] == (
        "to breathe",
        "Sam Orr",
    )
