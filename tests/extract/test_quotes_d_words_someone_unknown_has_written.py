"""Words an unknown hand has written on a page, a lid or a door ("a script on which someone has
written “...”") are a note, not anyone's quote, whoever shows the page; words someone named
says, or a letter someone "has written to" the writer, still speak."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "A day on the set of Kellow Down, the wartime drama filming in Cornwall."


def _texts(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(_LEDE, *paragraphs).quotes}


def test_a_note_someone_has_written_is_no_quote() -> None:
    found = _texts(
        "Tamsin Orlo, who plays the lead, holds up her script. She shows me a margin where"
        " someone has written ‘Breathe before the pier line’ in green ink.",
    )
    assert not any(text.startswith("Breathe before") and served for text, served in found.items())


def test_a_note_scrawled_across_a_lid_is_no_quote() -> None:
    found = _texts(
        "The props box sits by the door. Somebody had scrawled across the lid: “Hands off the"
        " lanterns.”",
    )
    assert not any(text.startswith("Hands off") and served for text, served in found.items())


def test_a_named_speaker_beside_the_note_still_speaks() -> None:
    found = _texts(
        "Tamsin Orlo points at the margin. “I wrote that one myself on day two,” she says.",
    )
    assert found.get("I wrote that one myself on day two,") or found.get(
        "I wrote that one myself on day two"
    ), found
