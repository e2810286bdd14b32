"""A title and a name with a speech verb after a quotation (", Vista 7 controller of drama Cosmo
Abernethy-Lutz said") name its sayer even when the resolver cannot read that title: the words
are held rather than handed to the subject of the sentence before."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Quarry Lane drew 3m viewers in its opening week, according to ratings firm Tallyhoe."
_CAST = "It stars Bronagh Delacey-Frost as a quarry foreman. Delacey-Frost joined late."


def _credits(said: str) -> list[tuple[str, str, SourceKind]]:
    return [(q.text, q.speaker, q.source) for q in facts(_LEDE, _CAST, said).quotes if q.served]


def test_a_title_then_a_name_then_said_is_not_the_actor_before() -> None:
    for said in (
        "“Nobody expected a quarry to be sexy,” Vista 7 controller of drama Cosmo "
        "Abernethy-Lutz said in a statement.",
        "“Nobody expected a quarry to be sexy,” a Vista 7 commissioner, Cosmo Abernethy-Lutz, "
        "said on Monday.",
    ):
        found = _credits(said)
        assert all(speaker != "Bronagh Delacey-Frost" for _, speaker, _ in found), said


def test_a_pronoun_after_the_quote_still_finds_the_actor() -> None:
    found = _credits("“I learned to drive a digger,” she said.")
    assert ("I learned to drive a digger", "Bronagh Delacey-Frost", SourceKind.PERSON) in found
