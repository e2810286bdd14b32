"""A company or person followed by an aside naming one of its people and no verb ("Fenwick
Pictures, whose producer, Mara Quist, says ..."): the reporting verb is the aside's, so the
words are the named holder's; an aside with a verb of its own leaves them to the one before."""

from tests.extract.helpers import facts

_OPEN = "Tamsin Oakridge has finished shooting Corran Bay in Cornwall. "


def _speaker(sentence: str) -> str:
    found = facts(_OPEN + sentence).quotes
    assert len(found) == 1, sentence
    return found[0].speaker if found[0].served else ""


def test_the_apposed_holder_says_the_words() -> None:
    assert (
        _speaker("It is made by Fenwick Pictures, whose producer, Mara Quist, says she “knew at "
                 "once” that the script worked.")
        == "Mara Quist"
    )  # fmt: skip
    assert _speaker(
        "The lead is Ada Quist, whose younger brother, Tom Quist, told us she “rehearsed in the "
        "bath” for weeks."
    ) in ("Tom Quist", "")


def test_an_aside_with_its_own_verb_keeps_the_head() -> None:
    assert (
        _speaker("Mara Quist, whose last film was Tall Grass, says she “knew at once” that the "
                 "script worked.")
        == "Mara Quist"
    )  # fmt: skip
