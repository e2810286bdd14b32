"""Quotes on invented text: in a piece about a trailer or a teaser, words "we hear" in a part's
voice ("Over the top we hear Wren’s voice: “...”") and words a part says to another as the
footage ends ("It ends with Bram promising Wren, “...”") are the work's lines, held; a person
quoted in the same paragraph is still served."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(*paragraphs).quotes}


def test_a_voice_heard_over_the_footage_is_held() -> None:
    for line in (
        "The teaser opens on a ferry deck at dawn, with Wren (Tilly Ashgrove) at the rail. Over "
        "the top we hear Wren’s voice: “The tide never waits, does it?” We are not okay.",
        "The new clip is only forty seconds long. Under the last shot you can hear Bram’s "
        "voice, “The tide never waits, does it?” and then the screen goes dark.",
        "The trailer lingers on the harbour lights while a voice is heard: “The tide never "
        "waits, does it?”",
    ):
        found = _served("Copper Bay returns to Lumen in May.", line)
        assert found.get("The tide never waits, does it?") is False, line


def test_a_part_speaking_to_a_part_as_the_footage_ends_is_held() -> None:
    for line in (
        "After the teaser, the full trailer came out on 4 March. It ends with Bram promising "
        "Wren, “I’ll write every single week,” which is already a meme.",
        "The clip closes on Wren begging her brother, “I’ll write every single week.”",
        "The trailer ends with Bram telling him: “I’ll write every single week.”",
    ):
        found = _served("Copper Bay returns to Lumen in May.", line)
        assert not any(s for t, s in found.items() if t.startswith("I’ll write")), line
        assert found, "the words are kept, held for review"


def test_a_person_in_the_footage_paragraph_is_kept() -> None:
    found = _served(
        "Copper Bay returns to Lumen in May.",
        "The teaser came out on Friday. “I heard her voice in my head for months,” Tilly "
        "Ashgrove told us.",
    )
    assert found.get("I heard her voice in my head for months") is True, found
