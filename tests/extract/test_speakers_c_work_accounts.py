"""A production's own account ("the show's official account replied") is no channel's or
company's named earlier: the words go to no one; a company's own account keeps the company."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


_OPENING = (
    "The first trailer for Harrow Sands, the new Cornish thriller, arrived on Monday. Kestrel"
    " Television confirmed it will air on Channel 9 in March."
)


def test_a_works_own_account_is_no_channels() -> None:
    for owner in ("show's official account", "series' account"):
        quote = _quote(
            "Six weeks of wind",
            _OPENING,
            f"The {owner} answered the fans with a simple: ‘Six weeks of wind. Worth it.’",
        )
        assert quote.source is SourceKind.UNATTRIBUTED, owner


def test_a_companys_own_account_keeps_the_company() -> None:
    quote = _quote(
        "Six weeks of wind",
        _OPENING,
        "Kestrel Television's official account answered the fans with a simple: ‘Six weeks of"
        " wind. Worth it.’",
    )
    assert quote.source is SourceKind.ORGANISATION
    assert "Kestrel" in quote.speaker
