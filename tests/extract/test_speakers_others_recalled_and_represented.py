"""Words credited to who said them, not to the one they speak for or of: a "he says" never
stands for a name cast as his kin, nor for a part named inside the headline's quoted words; an
agent's words are never the actor's, nor a mouthed aside the one it was about."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str, title: str | None = None) -> dict[str, str]:
    return {q.text[:12]: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_a_name_cast_as_his_kin_is_not_the_he_who_says() -> None:
    found = _speakers(
        "Fenwick Daly has signed on to lead Pell Harbour, a coastal drama.",
        "Joining Daly are Ysolde Carrick as Rob’s mother, June, and newcomer Barnaby Stoat as his"
        " cousin Rob.",
        "He made his stage debut in 2024. “Eight shows a week teaches you stamina,” he says.",
    )
    assert found.get("Eight shows") not in {"Barnaby Stoat", "Ysolde Carrick"}


def test_a_part_named_in_the_headlines_quote_is_no_profiles_subject() -> None:
    found = _speakers(
        "On the cover, Fenwick Daly talks about saying goodbye to Percy Gallow.",
        "Fenwick Daly arrives at a café ten minutes early.",
        "It is four years since he first appeared as Percy Gallow in Pell Harbour.",
        "“I was eighteen when we started,” he says.",
        title="Fenwick Daly: “I grew up with Percy”",
    )
    assert found.get("I was eighte") != "Percy Gallow"


def test_an_agents_words_are_not_the_actors() -> None:
    found = _speakers(
        "Fenwick Daly will not return for the second series of Pell Harbour.",
        "Daly has not commented publicly. His agent said only that he was “focusing on other"
        " projects”.",
    )
    assert found.get("focusing on ") != "Fenwick Daly"


def test_a_mouthed_aside_is_not_the_one_it_was_about() -> None:
    found = _speakers(
        "Ysolde Carrick, who is new to screen, plays Nora in Pell Harbour.",
        "Ysolde walked in and did the first scene without looking at the page. Our casting"
        " director, Barnaby Stoat, turned to me and mouthed ‘that’s her’.",
    )
    assert found.get("that’s her") != "Ysolde Carrick"
