"""Words foreseen with "will" and credited to no one ("the programmers will say the slot is
“...”") are held: nothing said yet. Words a named speaker "will say" ("she will say this: “...”")
still speak."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Kellow Down deserves better than a midweek slot, argues our television critic."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, bool]]:
    return {q.text: (q.speaker, q.served) for q in facts(_LEDE, *paragraphs).quotes}


def test_words_the_schedulers_will_say_are_held() -> None:
    found = _quotes(
        "I can already hear it: the channel's planners will say Wednesday is “where the loyal"
        " viewers live”. Loyal viewers also live on Sundays.",
    )
    served = [text for text, (_, ok) in found.items() if ok and text.startswith("where the loyal")]
    assert not served, found


def test_words_critics_are_bound_to_call_it_are_held() -> None:
    found = _quotes(
        "Some critics are bound to argue it is “too slow for its own good”. They are wrong.",
    )
    served = [text for text, (_, ok) in found.items() if ok and text.startswith("too slow")]
    assert not served, found


def test_what_a_named_speaker_will_say_still_speaks() -> None:
    found = _quotes(
        "Tamsin Orlo, who plays the lead, would not give away the ending, but she will say"
        " this: “Bring tissues and a torch.”",
    )
    assert found.get("Bring tissues and a torch.") == ("Tamsin Orlo", True), found
