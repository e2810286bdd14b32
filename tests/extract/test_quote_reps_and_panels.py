"""Quotes: reps, fans outside venues, colons, Q&A answers and panellists' labels; kinds of
failure met in blind batch 8, each on invented text (none of its names)."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str, title: str | None = None) -> dict[str, tuple[str, SourceKind]]:
    found = facts(*paragraphs, title=title)
    return {q.text[:14]: (q.speaker, q.source) for q in found.quotes if q.served}


def test_a_rep_for_an_actor_is_an_unnamed_source_not_the_actor() -> None:
    found = _quotes(
        "Ivo Bell has left the Lantern Bay film.",
        "A representative for Bell said the actor was “gutted to go” and wished the team well.",
        "A spokesperson for Tamsin Rook said: “She is thrilled to be aboard.”",
    )
    assert found["gutted to go"][1] is SourceKind.UNNAMED
    assert found["She is thrille"][1] is SourceKind.UNNAMED


def test_an_unnamed_fan_outside_a_venue_is_unnamed_not_the_outlet_after() -> None:
    found = _quotes(
        "The Lantern Bay film premiered tonight.",
        "One viewer outside the cinema called it “the most tears I have shed all year”, and "
        "Screen Daily reported "
        "that the room gave it a “long standing ovation”.",
        "A fan inside the foyer wrote “best night ever”, but the studio said nothing.",
    )
    assert found["the most tears"] == ("One viewer outside the cinema", SourceKind.UNNAMED)
    assert found["long standing "][1] is SourceKind.ORGANISATION
    assert found["best night eve"][1] is SourceKind.UNNAMED


def test_a_colon_after_another_persons_clause_gives_them_the_quote() -> None:
    found = _quotes(
        "Tamsin Rook and Piet Lammers spoke to us at the Lantern Bay premiere.",
        "“We cried all day,” Rook said in a clip posted online, before Lammers leaned into "
        "shot: “She cried. I was fine.”",
        "“It is about waiting,” Rook told us, as Lammers, standing beside her, finished the "
        "thought: “and what you do while you wait.”",
    )
    assert found["We cried all d"][0] == "Tamsin Rook"
    assert found["She cried. I w"][0] == "Piet Lammers"
    assert found["It is about wa"][0] == "Tamsin Rook"
    assert found["and what you d"][0] == "Piet Lammers"


def test_a_second_quote_after_while_and_said_colon_is_the_new_subjects() -> None:
    found = _quotes(
        "Tamsin Rook and Piet Lammers arrived together at the Lantern Bay premiere.",
        "Asked about the shoot, Rook said “the food, mostly,” while Lammers, grinning, pointed "
        "at her and said: “Her. Only her.”",
    )
    assert found["the food, most"][0] == "Tamsin Rook"
    assert found["Her. Only her."][0] == "Piet Lammers"


def test_a_colon_clause_that_is_not_speech_credits_no_one() -> None:
    found = facts(
        "Tamsin Rook and Piet Lammers spoke at the Lantern Bay premiere.",
        "“We cried all day,” Rook said, while Lammers stared at the floor: “Not me.”",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Not me"))
    assert quote.source is SourceKind.UNATTRIBUTED


def test_a_q_and_a_answer_is_the_headline_subjects() -> None:
    found = _quotes(
        "A year ago Odile Brandt was working in a bakery. Now she leads the Lantern Bay film.",
        "When Odile Brandt got the call, she was on a train.",
        "Q: How did you hear?",
        "A: On a train, which was very loud.",
        "Q: And the first day?",
        "A: Scary. Ivo Bell told me, ‘Just breathe,’ and it helped.",
        title="Odile Brandt on Lantern Bay, Bakeries and Big Breaks",
    )
    assert found["On a train, wh"][0] == "Odile Brandt"
    assert found["Scary. Ivo Bel"][0] == "Odile Brandt"


def test_capitalised_surname_labels_name_the_panellists() -> None:
    found = _quotes(
        "Tamsin Rook and Piet Lammers talked to Screen Daily about Lantern Bay.",
        "SCREEN DAILY: Where did it start?",
        "ROOK: In my aunt's garden.",
        "SCREEN DAILY: And for you?",
        "LAMMERS: In a bus station.",
    )
    assert found["In my aunt's g"][0] == "Tamsin Rook"
    assert found["In a bus stati"][0] == "Piet Lammers"


def test_she_in_an_answer_is_no_one_the_exchange_has_not_named() -> None:
    found = facts(
        "Odile Brandt plays Greta Voss in the Lantern Bay film, opposite Piet Lammers.",
        "Q: Do you share scenes with Tamsin Rook?",
        "A: Barely. We met at the read-through and she told me the film was “a slow burn,” "
        "which I loved.",
        title="Odile Brandt on Lantern Bay",
    )
    quote = next(q for q in found.quotes if q.text.startswith("a slow burn"))
    assert quote.speaker != "Odile Brandt"
    assert quote.speaker in {"", "Tamsin Rook"}


def test_a_name_on_a_topic_before_a_colon_is_the_speaker() -> None:
    found = _quotes(
        "Live from the Lantern Bay premiere, where Tamsin Rook and Piet Lammers have arrived.",
        "19:40 – Producer Tamsin Rook on the carpet: “This is the last night we are all here.”",
        "Lammers on his next job: “A long holiday, hopefully.”",
    )
    assert found["This is the la"][0] == "Tamsin Rook"
    assert found["A long holiday"][0] == "Piet Lammers"
