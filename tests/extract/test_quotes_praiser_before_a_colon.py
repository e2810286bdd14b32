"""A pronoun subject praising named others before a colon ("He also paid tribute to the first
directors, A and B: “...”") says the words; the last name praised does not."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = (
    "Director Tom Reed told us he took the job after one scene. “I read it on a train,” he said."
)


def test_the_praiser_not_the_praised_speaks() -> None:
    found = facts(
        _LEDE,
        "He also paid tribute to the show’s first directors, Ada Vale and Mo Tran: “They made "
        "this world. I just moved in.”",
    )
    speakers = [(q.text[:9], q.speaker) for q in found.quotes if q.served]
    assert ("They made", "Tom Reed") in speakers, speakers


def test_a_name_that_introduces_its_own_words_still_speaks() -> None:
    found = facts(_LEDE, "Ada Vale, who directed the first series, was generous: “He earned it.”")
    speakers = [(q.text[:9], q.speaker) for q in found.quotes if q.served]
    assert ("He earned", "Ada Vale") in speakers, speakers
