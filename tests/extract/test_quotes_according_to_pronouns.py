""" "According to Reed, Vale wanted ... “...,” he explains.": the one the sentence is told
according to speaks on; the subject of what he reports is not the pronoun's person."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "Dusk Harbour's editor Tom Reed cut the film, and the director Ivo Vale made it."


def test_he_after_according_to_a_man_is_that_man() -> None:
    found = facts(
        _LEDE,
        "According to Reed, Vale wanted the film to feel slower than the book. “The town is "
        "quieter now. There is less to say,” he explains.",
    )
    assert served_quotes(found) == [("The town is ", "Tom Reed")]


def test_she_after_according_to_a_woman_is_that_woman() -> None:
    found = facts(
        "The designer Ada Quill dressed Dusk Harbour, which the director Mara Vale made.",
        "According to Quill, Vale asked for colours that had faded in the sun. “I bought "
        "everything second-hand,” she says.",
    )
    assert served_quotes(found) == [("I bought eve", "Ada Quill")]


def test_according_to_someone_else_leaves_the_subject_speaking() -> None:
    found = facts(
        _LEDE,
        "Vale, according to the studio, wanted the film to be slower. “It is a quiet town,” he "
        "explains.",
    )
    assert served_quotes(found) == [("It is a quie", "Ivo Vale")]
