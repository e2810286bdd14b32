"""A profile's "she says" is its subject's: never a co-star named only in a list's aside ("A and
B chief among them"), nor one whose own sentence speaks of her ("X describes her as ...")."""

from tests.extract.helpers import facts, served_quotes

_TITLE = "Marisol Penhallow: ‘I learnt to be loud’"


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(*paragraphs, title=_TITLE))


def test_a_co_star_named_in_an_among_them_aside_does_not_speak() -> None:
    assert _served(
        "Marisol Penhallow, who plays Dora Quill in Tin Lanterns, orders a lemonade and laughs.",
        "The drama made stars of its cast, Otto Brennick and Fen Ashdown chief among them, but "
        "Penhallow's path went elsewhere. In 2024 she was cast as a pilot in a space opera.",
        "“Science fiction fans are loyal to the bone,” she says.",
    ) == [("Science fict", "Marisol Penhallow")]


def test_a_co_star_who_describes_her_is_not_the_she_of_a_later_fragment() -> None:
    assert _served(
        "Marisol Penhallow, who plays Dora Quill in Tin Lanterns, orders a lemonade and laughs.",
        "Her co-star Otto Brennick, who plays her brother, describes her as “the calm one”.",
        "What comes next is a secret. She is reading plays and says she wants “a proper villain”.",
    ) == [("the calm one", "Otto Brennick"), ("a proper vil", "")]  # not his: held, unsure


def test_a_co_star_who_ranks_her_as_something_is_not_the_she_who_speaks() -> None:
    assert _served(
        "Marisol Penhallow, who plays Dora Quill in Tin Lanterns, orders a lemonade and laughs.",
        "Her old friend Fen Ashdown ranks her as the hardest worker on any set.",
        "“I just like being busy,” she says.",
    ) == [("I just like ", "Marisol Penhallow")]
