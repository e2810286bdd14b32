"""A sayer met only in a fronted time clause ("When Lumen confirmed ...,") is not the sayer of
words the main clause gives its own subject ("the reaction online was “mixed”")."""

from bot.extract.fronted_sayers import fronted_sayer
from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_confirmation_in_a_when_clause_does_not_voice_the_reaction() -> None:
    speakers = _speakers(
        "By Ottoline Varga-Reece",
        "When Hulu confirmed on 3 March that Kettle Row would end with a special rather than a "
        "third series, the mood among viewers was, let's say, “frosty”.",
    )
    assert speakers.get("frosty") != "Hulu"


def test_a_confirmation_in_a_once_clause_does_not_voice_the_verdict() -> None:
    speakers = _speakers(
        "By Ottoline Varga-Reece",
        "Once Hulu confirmed in spring that Kettle Row would be cut to six episodes, the verdict "
        "from its fans was, let's say, “unforgiving”.",
    )
    assert speakers.get("unforgiving") != "Hulu"


def test_the_rule_wants_a_main_clause_with_its_own_subject() -> None:
    assert fronted_sayer("When Lumen confirmed it, the reaction was ", "Lumen confirmed")
    assert not fronted_sayer("When Lumen confirmed it, it called the show ", "Lumen confirmed")
    assert not fronted_sayer("Lumen confirmed it, and the reaction was ", "Lumen confirmed")


def test_a_sayer_in_the_main_clause_still_speaks() -> None:
    speakers = _speakers(
        "Kettle Row ends next month.",
        "When the finale was filmed in May, director Barnaby Quist-Aldana said it was “the "
        "hardest week of my working life”.",
    )
    assert speakers.get("the hardest week of my working life") == "Barnaby Quist-Aldana"
