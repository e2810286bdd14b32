"""A maker's apposition may date the work it names in brackets: "X, the British director behind
Y (2018), is directing" still hands the verb back to X (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Filming begins on Brindlecove"
_LEDE = "Cameras have started rolling on Brindlecove, the streamer has confirmed."


def test_a_bracketed_year_in_the_apposition_keeps_the_verb_the_makers() -> None:
    found = served_crew(
        _LEDE,
        "Pell Ardagh, the British director behind Gullsway (2018), is directing, taking over "
        "from Tamsin Quell, who directed episodes of the three series.",
        title=_TITLE,
    )
    assert ("director", "Pell Ardagh") in found
    assert ("director", "Tamsin Quell") not in found
