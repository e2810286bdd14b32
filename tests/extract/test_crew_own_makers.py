"""A maker the speaker calls their own: "my cinematographer, X," and "My DP, Y," shot the film,
"my composer, Z," scored it; "my editor" or "my producer" (a journalist's or an agent's, perhaps)
and a first name alone credit nobody (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Driftwood Psalm director talks storms, boats and stubborn actors"
_LEDE = "Driftwood Psalm opens in cinemas on 4 July."


def test_my_camera_or_music_maker_is_credited() -> None:
    found = facts(
        _LEDE,
        "Q: Why shoot at sea?",
        "A: Because my cinematographer, Piet Hallvard, refused to fake it in a tank.",
        title=_TITLE,
    )
    assert ("cinematographer", "Piet Hallvard") in credits(found)
    found = facts(
        _LEDE,
        "Q: Was the fog planned?",
        "A: No. My DP, Suki Arroway, told me to trust it.",
        title=_TITLE,
    )
    assert ("cinematographer", "Suki Arroway") in credits(found)
    found = facts(
        _LEDE,
        "Q: And the music?",
        "A: My composer, Elon Vidar, wrote the theme on a ferry.",
        title=_TITLE,
    )
    assert ("composer", "Elon Vidar") in credits(found)


def test_my_editor_or_a_first_name_credits_nobody() -> None:
    found = facts(
        _LEDE, "My editor, Gail Brennock, sent me to Galway for this piece.", title=_TITLE
    )
    assert not credits(found)
    found = facts(
        _LEDE, "Q: Was it planned?", "A: My DP, Suki, told me to trust the fog.", title=_TITLE
    )
    assert ("cinematographer", "Suki") not in credits(found)
