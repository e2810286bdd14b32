"""A short verbless question before an answer is a quick-fire prompt: its words are the topic,
never the answer's speaker; a real question about someone, or a named sayer, still speaks."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Director Ines Harrow joins the Reel Talk podcast to discuss her debut feature Ferrylight."
_OWN = "“I shot it in nineteen days,” she says."


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(_LEDE, _OWN, *paragraphs).quotes if q.served}


def test_a_prompt_of_capitalised_words_gives_no_person() -> None:
    said = _speakers("The hour ends with a lightning round. Favourite Scottish film? “Ratcatcher.”")
    assert said.get("Ratcatcher.") == ""


def test_an_either_or_prompt_gives_no_person() -> None:
    said = _speakers("Then the lightning round. Brighton Pier or Blackpool Tower? “The pier.”")
    assert said.get("The pier.") in (None, "")


def test_a_named_sayer_after_a_prompt_still_speaks() -> None:
    said = _speakers("Favourite Scottish film? “Ratcatcher,” Harrow says.")
    assert said.get("Ratcatcher") == "Ines Harrow"


def test_a_question_with_a_verb_is_no_prompt() -> None:
    assert (
        _speakers("Does Harrow regret the rush? “Not for a second.”").get("Not for a second.")
        == "Ines Harrow"
    )
