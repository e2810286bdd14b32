"""A company noun narrowed by another trade ("the dubbing studio", "the casting agency") is not
the company named last; a national adjective before a company noun in apposition ("the Danish
distributor, Nordlys Kino,") still makes the name a company's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_MADE = "Brackenfold is produced by Corvane Pictures, the outfit behind Salt Years. "


def _served(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_trade_narrowed_studio_is_not_the_producer() -> None:
    for said in (
        "No one has told the voice actors whether they return, the dubbing studio said, but "
        "both “would sign tomorrow”.",
        "The casting agency said the search for the twins was “going slowly”.",
    ):
        found = _served(_MADE + said)
        assert all(name != "Corvane Pictures" for name, _ in found), said


def test_a_trade_the_named_company_carries_keeps_it() -> None:
    found = _served(
        _MADE + "The Polish voices were recorded by Wolska Dubbing in Kraków. The dubbing "
        "studio said the sessions were “the happiest in years”."
    )
    assert all(name != "Corvane Pictures" for name, _ in found)
    assert [source for _, source in found] == [SourceKind.ORGANISATION]


def test_a_plain_studio_is_still_the_one_named_last() -> None:
    found = _served(_MADE + "The studio said the film was “nearly finished”.")
    assert ("Corvane Pictures", SourceKind.ORGANISATION) in found


def test_a_national_adjective_before_a_company_noun_keeps_a_company() -> None:
    for said in (
        "A Danish date has not been set; the Danish distributor, Nordlys Kino, said only that "
        "it would come “after the festivals”.",
        "The Irish broadcaster, Ceolta Media, said the series would air “in the winter”.",
    ):
        found = _served(said)
        assert found and all(source is not SourceKind.PERSON for _, source in found), said
