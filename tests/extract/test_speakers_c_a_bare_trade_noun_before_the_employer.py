"""A speaker's employer may follow a bare trade noun ("analyst Ada Vale of data firm Tallow
Works said"): the words are the person's, not the firm's, whichever side of the quote the
attribution stands on; a place after "at" is no employer and gives no one."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Brackenfold climbed to the top of the streaming chart in its first week."


def _served(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_bare_trade_noun_before_the_employer_keeps_the_person() -> None:
    for said in (
        "Media analyst Ysolde Brack of ratings firm Pellmoor Data said the debut was "
        "“well above the usual”.",
        "“Well above the usual,” Ysolde Brack of ratings consultancy Pellmoor Data said.",
        "Ysolde Brack at talent agency Pellmoor Artists said the cast were “delighted”.",
    ):
        assert _served(_LEDE, said) == [("Ysolde Brack", SourceKind.PERSON)], said


def test_a_place_after_at_is_no_employer() -> None:
    found = _served(
        _LEDE,
        "Ruairi Benbow at home in Kilmarnock said the debut was “well above the usual”.",
    )
    assert ("Kilmarnock", SourceKind.PERSON) not in found
    assert all(source is not SourceKind.ORGANISATION for _, source in found)
