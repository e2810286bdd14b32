"""Quotes and their speakers on invented text: words quoted inside someone's quotation belong to
the one the quoter says spoke them (a time phrase may stand between "told me" and the words; an
unnamed insider's quotation may carry a named person's words too); a descriptor before a name
("posted the film critic Ada Vale") is that name's; a text someone was sent is the sender's."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPENING = "Saltmarsh Hours, a drama from Saltreed Pictures, reaches cinemas on 9 May."


def _said(*paragraphs: str) -> dict[str, str]:
    found = facts(_OPENING, *paragraphs, date="2026-04-01", title="Saltmarsh Hours: the night")
    return {q.text[:16]: q.speaker for q in found.quotes if q.served}


def test_words_told_on_a_day_are_the_tellers() -> None:
    said = _said(
        "Screenwriter Perpetua Halloran wrote the novel it adapts. Director Anselm Drury spoke "
        "after the screening. “I was nervous,” Drury said. He added: ‘Perpetua told me in the "
        "first week, “Keep the gulls in every scene,” and I never forgot it.’"
    )
    assert said.get("Keep the gulls i") == "Perpetua Halloran", said
    assert said.get("Perpetua told me") == "Anselm Drury", said


def test_the_quoters_own_time_phrase_keeps_words_the_quoters() -> None:
    said = _said(
        "Director Anselm Drury spoke after the screening. “I was nervous,” Drury said. He added: "
        "‘I told the crew on day one, “Keep the gulls in every scene,” and they laughed.’"
    )
    assert said.get("Keep the gulls i") in (None, "Anselm Drury"), said


def test_a_named_persons_words_in_an_insiders_quote_are_theirs() -> None:
    said = _said(
        "Bram Kettleworth and Odile Sparrowhawk finished filming in Whitby last week.",
        "An insider said: ‘Nobody was ready for it. Bram kept saying “one more take, please” "
        "and then laughing at himself.’",
    )
    assert said.get("one more take, p") == "Bram Kettleworth", said


def test_a_descriptor_before_a_name_is_the_names() -> None:
    said = _said(
        "Screenwriter Perpetua Halloran wrote the script.",
        "Not everyone was won over. “It’s pretty but it never quite lands,” posted the film "
        "writer Casimir Oduya, who saw it in Berlin.",
    )
    assert said.get("It’s pretty but ") == "Casimir Oduya", said


def test_a_descriptor_alone_still_finds_its_person() -> None:
    said = _said(
        "Screenwriter Perpetua Halloran wrote the script. “It was meant to be quiet,” said the "
        "screenwriter.",
    )
    assert said.get("It was meant to ") == "Perpetua Halloran", said


def test_a_text_someone_was_sent_is_the_senders() -> None:
    said = _said(
        "Bram Kettleworth plays the lighthouse keeper. “I still can’t believe it,” he says. He "
        "keeps, he says, the note his co-star, Odile Sparrowhawk, left him on the last night: "
        "“Proud of you. Now get some sleep.”",
        "“She means it,” he adds.",
    )
    assert said.get("Proud of you. No") == "Odile Sparrowhawk", said
    assert said.get("She means it") == "Bram Kettleworth", said


def test_a_text_from_someone_unnamed_is_no_ones() -> None:
    said = _said(
        "Bram Kettleworth plays the lighthouse keeper. “I still can’t believe it,” he says. He "
        "keeps, he says, the card a stranger sent him after the premiere: “Thank you for the "
        "lighthouse.”",
    )
    assert said.get("Thank you for th", "") == "", said
    assert said.get("I still can’t be") == "Bram Kettleworth", said


def test_a_described_teller_is_not_the_one_reporting_the_telling() -> None:
    said = _said(
        "Bram Kettleworth plays the lighthouse keeper opposite Odile Sparrowhawk.",
        "Asked about Sparrowhawk, Kettleworth said the actor had told him on the first morning "
        "to “stop bowing every time I walk in, it’s a lighthouse, not a palace”.",
    )
    assert said.get("stop bowing ever") == "", said


def test_a_described_teller_found_elsewhere_keeps_the_words() -> None:
    said = _said(
        "Director Anselm Drury shot it in Whitby. “We had four days of fog,” Drury said.",
        "Bram Kettleworth, who plays the keeper, said the director had told him to “stop "
        "acting and just look at the sea”.",
    )
    assert said.get("stop acting and ") == "Anselm Drury", said


def test_words_someone_is_recalled_saying_are_theirs() -> None:
    said = _said(
        "Director Anselm Drury shot it in Whitby. “We had four days of fog,” Drury said.",
        "Editor Marisol Quenby joined late. Quenby remembers Drury telling the whole crew, "
        "‘Nobody touches the gulls, they are the real stars.’",
    )
    assert said.get("Nobody touches t") == "Anselm Drury", said


def test_the_one_recalling_keeps_their_own_words() -> None:
    said = _said(
        "Director Anselm Drury shot it in Whitby. “We had four days of fog,” Drury said.",
        "Editor Marisol Quenby joined late. Quenby remembers the shoot fondly: ‘Nobody touched "
        "the gulls, they were the real stars.’",
    )
    assert said.get("Nobody touched t") == "Marisol Quenby", said
