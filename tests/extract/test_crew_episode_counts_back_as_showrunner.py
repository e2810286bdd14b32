"""An episode count after a returning post: "X is back as showrunner and wrote three of the
eight eps", "Y returns as head writer and directed two of the six episodes" (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Harbour Lights season two wraps"
_LEDE = "Harbour Lights season two has wrapped."


def test_a_count_after_a_returning_post_is_a_credit() -> None:
    found = facts(
        _LEDE, "Nell Varga is back as showrunner and wrote three of the eight eps.", title=_TITLE
    )
    assert ("writer", "Nell Varga") in credits(found)
    found = facts(
        _LEDE,
        "Tomas Eider returns as showrunner and directed two of the six episodes.",
        title=_TITLE,
    )
    assert ("director", "Tomas Eider") in credits(found)


def test_a_count_of_other_things_is_no_credit() -> None:
    found = facts(
        _LEDE, "Nell Varga is back as showrunner and wrote three of the eight songs.", title=_TITLE
    )
    assert ("writer", "Nell Varga") not in credits(found)
