"""Words in marks that open a numbered caption ("Caption 2: “...” Orla stares ...") and words a
part reads aloud from a prop ("she reads aloud from a ship's log — “...”") are held as the work's,
no one's quote; a captioned sayer and a named reader at an event keep their words."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served_texts(*paragraphs: str) -> set[str]:
    return {quote.text for quote in facts(*paragraphs).quotes if quote.served}


def test_a_numbered_caption_and_words_read_from_a_prop_are_held() -> None:
    served = _served_texts(
        "Caption 2: “Not on my watch, Sergeant.” Orla stares down the inspector in episode one. "
        "Photo: Vireo/Corvid",
        "Wednesday 4 March",
        "Odile's big scene. She has to read aloud from a ship's log — “Day nine. No wind. "
        "We pray.” — and the crew go quiet.",
        "In the pilot, the old keeper reads out from an unpaid ledger, “Paid in full, 1911.”",
    )
    assert not served & {
        "Not on my watch, Sergeant.",
        "Day nine. No wind. We pray.",
        "Paid in full, 1911.",
    }


def test_a_captioned_sayer_and_a_named_reader_keep_their_words() -> None:
    served = _served_texts(
        "Caption 3: “It was freezing every single day,” says Linnea Marsh. Photo: Vireo",
        "At the launch, Corin Abara read aloud from her diary: “Day one. Terrified.” The room "
        "laughed, and she said, “It gets better.”",
    )
    assert "It was freezing every single day" in served
    assert "It gets better." in served
