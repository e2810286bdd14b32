"""A note's words inside an interview answer: "Ada Vale sent me the script with a note that said
“...”" are the sender's; a note no named person sent stays held."""

from tests.extract.helpers import facts

_INTRO = (
    "Director Orla Fenwick talks to us about Saltmarsh, her new film for Lumen, which wraps in "
    "June. Producer Ada Vale brought her the project."
)


def _quotes(*paragraphs: str) -> list[tuple[str, str, bool]]:
    found = facts(_INTRO, *paragraphs, date="2026-03-02", title="Orla Fenwick on Saltmarsh")
    return [(q.text[:14], q.speaker, q.served) for q in found.quotes]


def test_a_note_a_named_producer_sent_is_the_producers() -> None:
    found = _quotes(
        "Lumen: How did you come to direct Saltmarsh?",
        "Orla Fenwick: Ada Vale at Lumen sent me the script with a note that just said “take "
        "your time”. I read it twice on the ferry.",
        "Lumen: Was the shoot hard?",
        "Orla Fenwick: Brutal. I lost my voice in the second week.",
    )
    assert ("take your time", "Ada Vale", True) in found, found


def test_a_name_an_editor_completes_in_brackets_is_the_sender() -> None:
    found = _quotes(
        "Lumen: How did you come to direct Saltmarsh?",
        "Orla Fenwick: Ada [Vale, our producer at Lumen] sent me the script with a note that "
        "said “take your time”. I read it twice on the ferry.",
        "Lumen: Was the shoot hard?",
        "Orla Fenwick: Brutal. I lost my voice in the second week.",
    )
    assert ("take your time", "Ada Vale", True) in found, found


def test_a_note_from_a_thing_stays_held() -> None:
    found = _quotes(
        "Lumen: How did you come to direct Saltmarsh?",
        "Orla Fenwick: The script came in a parcel with a note that said “take your time”. I "
        "read it twice on the ferry.",
        "Lumen: Was the shoot hard?",
        "Orla Fenwick: Brutal. I lost my voice in the second week.",
    )
    assert not any(served for text, _, served in found if text.startswith("take")), found
