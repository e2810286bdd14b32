"""A company's job title may stand after the quote with the company's name ending in a number
("Channel 4’s", "Lumen 2’s") or after "the" ("the BBC’s"), then the person in apposition: the
words are that person's, not those of anyone the sentence before was about."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Quarry Lane drew 3m viewers in its opening week, according to ratings firm Tallyhoe."
_CAST = "It stars Bronagh Delacey-Frost as a quarry foreman. Delacey-Frost joined late."


def _credits(said: str) -> list[tuple[str, str, SourceKind]]:
    return [(q.text, q.speaker, q.source) for q in facts(_LEDE, _CAST, said).quotes if q.served]


def test_an_owner_ending_in_a_number_gives_the_named_person() -> None:
    found = _credits(
        "“Nobody expected a quarry to be sexy,” Vista 7’s controller of drama, "
        "Cosmo Abernethy-Lutz, said in a statement."
    )
    assert found == [
        ("Nobody expected a quarry to be sexy", "Cosmo Abernethy-Lutz", SourceKind.PERSON)
    ]


def test_an_owner_after_the_gives_the_named_person() -> None:
    found = _credits(
        "“Nobody expected a quarry to be sexy,” the BBC’s head of factual, "
        "Cosmo Abernethy-Lutz, said."
    )
    assert found == [
        ("Nobody expected a quarry to be sexy", "Cosmo Abernethy-Lutz", SourceKind.PERSON)
    ]


def test_the_actor_before_is_never_credited() -> None:
    found = _credits(
        "“Nobody expected a quarry to be sexy,” Vista 7’s controller of drama, "
        "Cosmo Abernethy-Lutz, said in a statement."
    )
    assert all(speaker != "Bronagh Delacey-Frost" for _, speaker, _ in found)
