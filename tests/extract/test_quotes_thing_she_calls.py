"""A thing and the name someone gives it ("one track she calls ‘the lighthouse’") is a name,
not a quote; "what he calls “a small disaster”" stays his words."""

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(*paragraphs).quotes if q.served}


def test_a_cue_she_calls_by_a_name_is_no_quote() -> None:
    served = _served(
        "We spoke to director Pell Arkwright about the finale of Quarry Road.",
        "Q: And the score?",
        "Mina Sollis wrote it on an old upright. There's one track she calls ‘the lighthouse’ "
        "that gets me every time.",
    )
    assert "the lighthouse" not in served


def test_a_scene_he_has_dubbed_by_a_name_is_no_quote() -> None:
    served = _served(
        "Director Pell Arkwright talks about the finale of Quarry Road.",
        "Arkwright is proud of the ending, and of a long scene he calls “the slow dance”, "
        "which took four nights.",
    )
    assert "the slow dance" not in served


def test_what_he_calls_a_thing_stays_his_words() -> None:
    served = _served(
        "Director Pell Arkwright talks about the finale of Quarry Road.",
        "Arkwright laughs off what he calls “a small disaster” on the first day.",
    )
    assert "a small disaster" in served


def test_a_judgement_a_paper_called_a_performance_stays_a_quote() -> None:
    served = _served(
        "Pell Arkwright studied drama at Wexcombe.",
        "He played Hamlet in his final year, a performance the campus paper Wexcombe Voice "
        "called “quietly fierce”.",
    )
    assert "quietly fierce" in served
