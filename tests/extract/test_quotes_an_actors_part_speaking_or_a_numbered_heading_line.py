"""Words no one is named to say are held as the work's when an actor's part says them ("Ada
Vale's Marlo tells ...") or they make a whole numbered heading that the paragraph under it
gives to a part; a person's own words in the same shapes stay served."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served_texts(*paragraphs: str) -> set[str]:
    return {quote.text for quote in facts(*paragraphs).quotes if quote.served}


def test_an_actors_part_saying_the_words_is_held() -> None:
    served = _served_texts(
        "The teaser is short. Linnea Marsh's Odile tells Corin Abara's Fitz, "
        "“Nobody leaves the island in winter,” and the screen goes dark.",
        "Later Tomas Quill's Bram asks, “Who lit the lamp?”",
    )
    assert not served & {"Nobody leaves the island in winter", "Who lit the lamp?"}


def test_a_numbered_heading_line_given_to_a_part_is_held() -> None:
    served = _served_texts(
        "Seven things we spotted in the Saltmere trailer.",
        "3. “Do you still hear the bells?”",
        "That's Odile's voiceover over the storm footage, and it sets up the whole season.",
        "4. ‘We sail at first light.’",
        "This is Fitz's last line before the cut to black.",
    )
    assert not served & {"Do you still hear the bells?", "We sail at first light."}


def test_a_persons_own_words_in_the_same_shapes_stay_served() -> None:
    served = _served_texts(
        "Seven things we learned from the Saltmere panel.",
        "3. “I grew up on that coast,” Linnea Marsh said.",
        "Showrunner Corin Abara tells Empire, “We rewrote the ending twice.”",
    )
    assert "I grew up on that coast" in served
    assert "We rewrote the ending twice." in served
