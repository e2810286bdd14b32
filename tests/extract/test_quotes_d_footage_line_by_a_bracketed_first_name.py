"""In a paragraph about a trailer, "“...,” Wilf says" by the first name of a name the paragraph
sets in a bracketed pair ("Wilf Carrow (Hale Dunmore)") is the part's line, held, whichever side
of the pair was read as the actor; the actor quoted by surname in the same paragraph still
speaks."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The first full trailer for Kellow Down, the wartime drama, landed on Tuesday."


def _quotes(*paragraphs: str) -> dict[str, tuple[str, bool]]:
    return {q.text: (q.speaker, q.served) for q in facts(_LEDE, *paragraphs).quotes}


def test_a_bracketed_names_first_name_speaking_in_the_trailer_is_held() -> None:
    found = _quotes(
        "The trailer opens on a foggy quay. Wilf Carrow (Hale Dunmore) is rowing out alone;"
        " Gus Penn (Tamsin Orlo) watches from the harbour wall. “Back before the tide turns,”"
        " Wilf says, not looking back.",
    )
    served = [text for text, (_, ok) in found.items() if ok and text.startswith("Back before")]
    assert not served, found


def test_the_actor_by_surname_in_a_trailer_paragraph_still_speaks() -> None:
    found = _quotes(
        "The trailer opens on a foggy quay, with Hale Dunmore (Wilf Carrow) rowing out alone."
        " “We shot that at five in the morning,” Dunmore says.",
    )
    assert (
        found.get("We shot that at five in the morning,", ("", False))[1]
        or found.get("We shot that at five in the morning", ("", False))[1]
    ), found
