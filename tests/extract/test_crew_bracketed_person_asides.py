"""A person's bracketed aside that names another work ends at its closing bracket: "Written by
X (who also wrote the radio serial “Y”) and directed by Z" credits Z on our production, while a
credit inside the brackets stays the other work's (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "What to watch: Brindlecove, BBC One"
_LEDE = "Our pick of the weekend is Brindlecove, which starts on BBC One on Sunday."


def test_a_credit_after_the_bracketed_aside_is_ours() -> None:
    found = served_crew(
        _LEDE,
        "Written by Orla Penhale (who also wrote the radio serial “The Sunken Gull”) and "
        "directed by Pell Ardagh, the six-parter is produced by Quell Pictures.",
        title=_TITLE,
    )
    assert {("writer", "Orla Penhale"), ("director", "Pell Ardagh")} <= found


def test_a_credit_inside_the_bracketed_aside_is_not_ours() -> None:
    found = served_crew(
        _LEDE,
        "Written by Orla Penhale (who also wrote the radio serial “The Sunken Gull”, directed "
        "by Tamsin Quell), the six-parter is produced by Quell Pictures.",
        title=_TITLE,
    )
    assert ("director", "Tamsin Quell") not in found
    assert ("writer", "Orla Penhale") in found
