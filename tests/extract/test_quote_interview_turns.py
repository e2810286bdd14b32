"""Quotes and their speakers in invented Q&A interviews: labels in capitals whose names carry
combining accents, the writer's own paragraphs between the turns, and words a thing or someone
unnamed says inside an answer."""

from __future__ import annotations

from tests.extract.helpers import facts

_INTRO = (
    "We spoke to director Ngozi Abíọ́dún and star Henrik Dalsgaard about Lanterns of Tarn, "
    "which opens in March."
)


def _quotes(*paragraphs: str) -> list[tuple[str, str, bool]]:
    found = facts(_INTRO, *paragraphs, date="2026-03-02", title="Lanterns of Tarn: the talk")
    return [(q.text[:14], q.speaker, q.served) for q in found.quotes]


def test_a_capitals_label_with_combining_accents_is_its_speaker() -> None:
    for label in ("NGOZI ABÍỌ́DÚN", "ABÍỌ́DÚN"):
        found = _quotes(
            "Screen Weekly: Where did it start?",
            f"{label}: With a lamp my grandmother kept lit all winter.",
            "Screen Weekly: And Henrik?",
            "HENRIK DALSGAARD: I came in late, after the first read-through.",
        )
        assert ("With a lamp my", "Ngozi Abíọ́dún", True) in found, found


def test_a_paragraph_naming_an_answerer_between_turns_is_the_writers() -> None:
    for aside in (
        "Dalsgaard, whose last role was a lighthouse keeper, laughs at the memory.",
        "In an earlier chat with a radio station, Dalsgaard said he nearly turned it down.",
    ):
        found = _quotes(
            "Screen Weekly: How did you prepare?",
            "HENRIK DALSGAARD: I learned to row. Badly, at first.",
            aside,
            "Screen Weekly: Any regrets?",
            "HENRIK DALSGAARD: None at all.",
        )
        texts = [text for text, _, _ in found]
        assert aside[:14] not in texts, found
        assert ("I learned to r", "Henrik Dalsgaard", True) in found, found


def test_words_a_thing_or_someone_unnamed_says_in_an_answer_are_held() -> None:
    for told in (
        "I saw a poster that said “Keep the lamps burning” and wrote it down.",
        "I met a ferryman who said, “Nobody rows at night,” and that was the film.",
    ):
        found = _quotes(
            "Screen Weekly: Where did it start?",
            f"NGOZI ABÍỌ́DÚN: {told}",
            "Screen Weekly: And Henrik?",
            "HENRIK DALSGAARD: I came in late, after the first read-through.",
        )
        inner = [q for q in found if q[0].startswith(("Keep the", "Nobody rows"))]
        assert inner and not any(served for _, _, served in inner), found


def test_a_pronoun_spliced_onto_a_clause_about_another_is_not_that_persons() -> None:
    for said in (
        "Tobias Grell will not return as the baron, she confirmed: “Gone is gone. Sorry.”",
        "Tobias Grell is out of the sequel, she told the crowd, “Gone is gone. Sorry.”",
    ):
        found = facts(
            "Asked by a fan whether the baron could come back, writer Ines Harrow-Blake frowned.",
            said,
            date="2026-03-02",
            title="Moorland: the panel",
        )
        speakers = [q.speaker for q in found.quotes if q.text.startswith("Gone")]
        assert speakers and "Tobias Grell" not in speakers, speakers


def test_a_pronoun_after_a_clause_about_its_own_subject_keeps_its_speaker() -> None:
    for said in (
        "Harrow-Blake was nervous at first, she admits: “I hid in the car park.”",
        "When Harrow-Blake arrived, she said: “I hid in the car park.”",
    ):
        found = facts(
            "Writer Ines Harrow-Blake spoke to fans about Moorland on Sunday.",
            said,
            date="2026-03-02",
            title="Moorland: the panel",
        )
        speakers = [q.speaker for q in found.quotes if q.text.startswith("I hid")]
        assert speakers == ["Ines Harrow-Blake"], speakers


def test_an_outlet_label_joined_by_an_ampersand_asks_the_questions() -> None:
    found = facts(
        "Odalys Verkuijl on scoring The Copper Sorrel, which opens in May.",
        "PRISM & PAGE: How did you start?",
        "VERKUIJL: With a kettle and a cello, honestly.",
        "PRISM & PAGE: You wrote most of it at night.",
        "VERKUIJL: Every note. The house was quiet then.",
        date="2026-03-02",
        title="Odalys Verkuijl on The Copper Sorrel",
    )
    served = [(q.text[:12], q.speaker) for q in found.quotes if q.served]
    assert ("With a kettl", "Odalys Verkuijl") in served, served
    assert ("Every note. ", "Odalys Verkuijl") in served, served
    assert not any("wrote most" in q.text for q in found.quotes if q.served), served


def test_an_ampersand_in_the_writers_prose_labels_no_one() -> None:
    found = facts(
        "Odalys Verkuijl on scoring The Copper Sorrel, which opens in May.",
        "PRISM & PAGE: How did you start?",
        "VERKUIJL: With a kettle and a cello, honestly.",
        "Tickets & times: see the festival site.",
        date="2026-03-02",
        title="Odalys Verkuijl on The Copper Sorrel",
    )
    assert not any(q.text.startswith("see the") and q.served for q in found.quotes)


def _turns(between: str) -> list[tuple[str, str]]:
    found = facts(
        "We met Bram Tetteh in a Leeds rehearsal room to talk about Saltmere.",
        "How did the last day feel?",
        "BT: Strange. I kept the boat keys.",
        between,
        "BT: I don't! Corvane tells me nothing.",
        "What's next?",
        "BT: A play in the spring.",
        title="Bram Tetteh: ‘I kept the boat keys’",
    )
    return [(q.text[:10], q.speaker) for q in found.quotes if q.served]


def test_an_unlabelled_question_with_a_remark_after_it_is_the_interviewers() -> None:
    found = _turns("Do you know when it comes out? Readers are desperate.")
    assert [text for text, _ in found] == ["Strange. I", "I don't! C", "A play in "], found


def test_an_unlabelled_paragraph_with_no_question_stays_the_answer() -> None:
    found = _turns("And the crew cried too. Even the caterers.")
    assert ("And the cr", "Bram Tetteh") in found, found


def test_an_unlabelled_prompt_between_two_answers_is_the_interviewers() -> None:
    for prompt in (
        "There's a scene on the pier that people are already clipping.",
        "You've said goodbye to the boat before, at the end of the series.",
    ):
        found = _turns(prompt)
        assert [text for text, _ in found] == ["Strange. I", "I don't! C", "A play in "], found


def test_an_answer_going_on_about_a_scene_in_the_first_person_stays_the_answer() -> None:
    found = _turns("There's a scene on the pier I still can't watch.")
    assert ("There's a ", "Bram Tetteh") in found, found
