"""An official account named for a work or a region ("the streamer's official Harrow Lane page")
is the company's, so its caption is the company's words, not those of someone it shows; an
account named for the site it is on ("Vale's official TikTok account") may be a person's."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Filming on Harrow Lane, the Lumenflix series, wrapped on Friday."
_NEWS = "Lumenflix has not announced a date for the series."


def _said(paragraph: str, words: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, paragraph, _NEWS).quotes}
    return found[words]


def test_a_companys_page_named_for_its_work_is_the_companys() -> None:
    words = "Back to the lane soon."
    paragraph = (
        "Petra Lund has no account of her own, but Lumenflix's official Harrow Lane page"
        f" posted a clip of her on the set, captioned “{words}”"
    )
    assert _said(paragraph, words) == ("Lumenflix", SourceKind.ORGANISATION)


def test_a_persons_account_named_for_its_site_is_no_company() -> None:
    words = "Wet again, send towels."
    paragraph = (
        f"Petra Lund stars. Lund's official TikTok account posted a clip, captioned “{words}”"
    )
    assert _said(paragraph, words)[1] is not SourceKind.ORGANISATION
