"""Words after "a scene where <Name> says" in the story's present are a part's line, whoever the
name was taken for; a moment when someone told the speaker something, in the past, stays a
quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Kestle Trewin talks about the second series of Gannet Row, out on the BBC in May."


def test_a_scene_where_a_name_tells_another_is_not_served() -> None:
    found = facts(
        _LEDE,
        "Trewin loved the finale. There’s a moment where Morwen Pascoe tells Tomas, “Not yet,"
        " not tonight,” and it still floors her.",
    )
    assert not any(q.served and q.text.startswith("Not yet, not") for q in found.quotes)


def test_a_moment_when_someone_told_the_speaker_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Trewin remembers a moment when Jago Hendy told her, “You can stop being nervous now.”",
    )
    assert any(q.served and q.text.startswith("You can stop") for q in found.quotes)
