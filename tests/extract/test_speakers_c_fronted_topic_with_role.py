"""A sentence fronted with the person it is about, with a role before the name and no comma
before the pronoun ("Of director Ada Vale she says: “...”"), still speaks of that person: the
pronoun is the one the text before told of, never the name in the fronted phrase. A name that
is the clause's own subject still speaks."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_OPENING = "Tidewater, the Oban ferry drama directed by Tomas Keld, premiered in Glasgow tonight."


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_fronted_topic_with_its_role_is_not_the_sayer() -> None:
    for fronted in ("Of director Tomas Keld she says:", "About director Tomas Keld, she says:"):
        quote = _quote(
            "He never once raised",
            _OPENING,
            "Lead writer Ilse Marrow, in a green coat, thanks the room."
            f" {fronted} “He never once raised his voice on that boat.”",
        )
        assert quote.speaker == "Ilse Marrow", fronted


def test_the_named_subject_still_speaks() -> None:
    quote = _quote(
        "He never once raised",
        _OPENING,
        "Lead writer Ilse Marrow, in a green coat, thanks the room. Director Tomas Keld says:"
        " “He never once raised his voice on that boat.”",
    )
    assert quote.speaker == "Tomas Keld"
