"""A quotation's speaker told apart from the one beside it: the subject after a fronted phrase,
a name's own aside of his or hers, a surname the article writes in full but cannot name (not a
council's name nor a part's nickname), the one a sayer quotes, a report in the quote's own
sentence, and an interviewer's prompt."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers_of(words: str, *paragraphs: str, title: str | None = None) -> set[str]:
    """Who each served quote of ``paragraphs`` opening with ``words`` is credited to."""
    found = facts(*paragraphs, title=title).quotes
    return {q.speaker for q in found if q.served and q.text.startswith(words)}


def test_a_fronted_phrase_before_a_surname_leaves_the_surname_the_subject() -> None:
    speakers = _speakers_of(
        "We started",
        "Tessaly Grane has been on the Kestrel Quay set since dawn.",
        "Rain. Ninka Vauterre arrives and hugs everyone. Between setups Grane tells me the last"
        " week will be hard. “We started this as kids,” he says.",
    )
    assert speakers == {"Tessaly Grane"}


def test_a_name_whose_own_aside_makes_him_a_man_is_not_a_she() -> None:
    speakers = _speakers_of(
        "a secret",
        "Merrit Hollowbeck: ‘The Kestrel Quay changed my life’",
        "Merrit Hollowbeck has spent four years on The Kestrel Quay. “It was home,” she says.",
        "Ormond Fisk, for his part, is blunter: “She notices everything.”",
        "What is next is, she says, “a secret for now”.",
    )
    assert "Ormond Fisk" not in speakers


def test_a_surname_written_in_full_but_unknown_keeps_her_pronoun_from_the_profiled() -> None:
    speakers = _speakers_of(
        "He read",
        "Quillan Rasbury is 24 now, and talking about something else.",
        "That something else is Low Brine, a drama from the Welsh director Anwen Tarrow-Ceri."
        " Rasbury stars as a ferryman. “It is a quiet film,” Rasbury says.",
        "Tarrow-Ceri cast him after one meeting. “He read one page and I stopped him,” she says.",
        title="Quillan Rasbury: life after the Kestrel Quay",
    )
    assert "Quillan Rasbury" not in speakers


def test_words_of_one_a_sayer_quotes_with_who_told_are_the_quoted_ones() -> None:
    speakers = _speakers_of(
        "Play it",
        "Ninka Vauterre and Tessaly Grane star in The Kestrel Quay, directed by Ormond Fisk.",
        "“It was a gift,” Grane says. Vauterre agrees, and quotes Fisk, who told the cast on the"
        " first day: “Play it like nobody is looking.”",
    )
    assert "Ninka Vauterre" not in speakers


def test_a_report_after_an_apposition_is_not_the_sentence_befores_subject() -> None:
    speakers = _speakers_of(
        "always the",
        "Tessaly Grane has pulled pints for her first film role.",
        "Tessaly has been tipped for big things. Her ex, reality star Ormond Fisk, recently told"
        " a podcast she was “always the clever one”.",
    )
    assert "Tessaly Grane" not in speakers


def test_an_answer_after_a_prompt_put_to_you_is_not_the_prompts_subject() -> None:
    speakers = _speakers_of(
        "Never. Our",
        "Ormond Fisk's debut The Kestrel Quay opened the festival this week. He talks casting.",
        "Your lead, Tessaly Grane, had never acted before.",
        "“Never. Our casting director found her at a school play.”",
    )
    assert "Tessaly Grane" not in speakers


def test_a_council_named_in_full_is_no_surname_the_pronoun_stays_with_its_leader() -> None:
    speakers = _speakers_of(
        "We get visitors",
        "The closures were agreed last week.",
        "Kelmarsh Borough Council said the road closures would stay until August.",
        "Council leader Oswin Tallisker said the effect was real. “We get visitors from every"
        " continent,” he said.",
    )
    assert speakers == {"Oswin Tallisker"}


def test_a_parts_nickname_in_marks_is_no_full_name_the_pronoun_stays_with_the_actor() -> None:
    speakers = _speakers_of(
        "You welcomed",
        "Among the newcomers, Zsófika Veszprémi, who joins the cast as the art student"
        " Ilonka ‘Ila’ Sarvas, posted a note to the fans. “You welcomed Ila before you met her,”"
        " she wrote.",
    )
    assert speakers == {"Zsófika Veszprémi"}
