"""Quotes on invented text: a sentence opening on a company's own text ("The Lumen press release
calls it “...”") quotes that company, never the speaker quoted in the sentence before; a
sentence about the company's release date is no text of its own."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Cairn Water is a new six-part drama from Harrow Pictures for Channel 4 and Netflix."
_BEFORE = "A Harrow Pictures spokeswoman told me the series would be “a proper talking point”. "


def _last(sentence: str) -> tuple[str, SourceKind]:
    found = facts(_LEDE, _BEFORE + sentence, title="Cairn Water: first look").quotes
    return found[-1].speaker, found[-1].source


def test_a_companys_release_is_no_speaker_before() -> None:
    speaker, source = _last("Netflix’s release leans on “a thriller with salt in its lungs”.")
    assert source in (SourceKind.ORGANISATION, SourceKind.UNATTRIBUTED)
    assert speaker in ("Netflix", "")


def test_a_companys_press_release_is_not_the_speaker_before() -> None:
    speaker, _ = _last("Netflix’s own publicity goes with “grief, but make it coastal”.")
    assert speaker != "Harrow Pictures spokeswoman"


def test_a_release_date_sentence_still_goes_on_from_the_speaker() -> None:
    speaker, source = _last("Netflix’s release date is “the autumn”, she added.")
    assert source is SourceKind.UNNAMED
    assert speaker != "Netflix"
