"""Words in marks that no one says are held: a credit shown on a card ("written by ..."), a
script's scene heading ("INT. LIGHTHOUSE – NIGHT"), or a line the writer quotes from the book
or the work; a person's own words beside them stay served."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served_texts(*paragraphs: str) -> set[str]:
    return {quote.text for quote in facts(*paragraphs).quotes if quote.served}


def test_a_credit_card_in_marks_is_held() -> None:
    served = _served_texts(
        "The teaser's last card says the film is “written by Petra Quellmann” and "
        "“directed by Osei Varnham”, with Tallow Pictures producing.",
        "Another end card reads ‘written and directed by Corin Maddox’.",
    )
    assert not served & {
        "written by Petra Quellmann",
        "directed by Osei Varnham",
        "written and directed by Corin Maddox",
    }


def test_a_scene_heading_in_marks_is_held() -> None:
    served = _served_texts(
        "Day nine in Porthkeel. The call sheet says “INT. LIGHTHOUSE – NIGHT”, so the crew "
        "sleeps until noon.",
        "Yesterday's pages opened on ‘EXT. HARBOUR WALL - DAWN’ and nobody was pleased.",
    )
    assert not served & {"INT. LIGHTHOUSE – NIGHT", "EXT. HARBOUR WALL - DAWN"}


def test_a_line_quoted_from_the_book_is_held() -> None:
    served = _served_texts(
        "Mirela Quist posted a page of her first draft. Her caption quotes the novel: "
        "“Hello.” “Hello.” Readers know.",
        "Tobias Renn's farewell post cites the film, “We go at dawn.”",
    )
    assert not served & {"Hello.", "We go at dawn."}


def test_a_persons_own_words_next_to_a_credit_stay_served() -> None:
    served = _served_texts(
        "“I was directed by my own sister and I loved it,” Anouk Tremaine said at the "
        "premiere on Friday.",
        "Director Osei Varnham said the shoot was “directed by the tides, mostly”.",
    )
    assert "I was directed by my own sister and I loved it" in served
    assert "directed by the tides, mostly" in served
