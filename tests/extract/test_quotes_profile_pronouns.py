"""A profile's "he says" stays with its subject: past a thing that opens the clause ("A rumour
that ..."), past a part named through its kin ("who plays Ada's mother"), and to a subject named
inside a clause after its verb ("which meant Vale was chasing ..."). A scene in which a pronoun
insists something is a line of the work, not anyone's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def _speakers(*paragraphs: str) -> dict[str, str]:
    return dict(served_quotes(facts(*paragraphs)))


def test_a_thing_opening_the_clause_is_no_unnamed_speaker() -> None:
    said = _speakers(
        "Tobias Fenwright is 24 and in no hurry. “I like waiting,” he says.",
        "A story that he will join a space opera is “pure fiction”, he says. “I read it too.”",
    )
    assert said["pure fiction"] == "Tobias Fenwright"
    assert said["I read it to"] == "Tobias Fenwright"


def test_an_article_cut_subject_in_other_phrasings() -> None:
    said = _speakers(
        "Odile Fairbrass has had a long year. “It was a lot,” she says.",
        "An idea that she might host a quiz show was “very kind but no”, she says.",
    )
    assert said["very kind bu"] == "Odile Fairbrass"


def test_a_part_named_through_its_kin_never_speaks() -> None:
    opening = (
        "Tobias Fenwright is 24. “I like waiting,” he says. For years he was Rowan Pike, the "
        "quiet one."
    )
    said = _speakers(
        opening, "Lom, who plays Rowan’s mother Joan, texts him daily, he says. “She is keen.”"
    )
    assert said["She is keen."] == "Tobias Fenwright"
    said = _speakers(
        opening, "The woman who played Rowan’s aunt still calls, he says. “She is relentless.”"
    )
    assert said["She is relen"] == "Tobias Fenwright"


def test_a_subject_inside_a_clause_after_its_verb_is_the_pronoun() -> None:
    said = _speakers(
        "The cinematographer Sigrun Haavik arrived in Cornwall in October.",
        "The drama stars Bethan Cadwinkle as a fisher who returns home, with Kit Thornquist.",
        "The shoot ran into December, which meant Haavik was racing the dark. “We had six hours "
        "of light,” she says.",
    )
    assert said["We had six h"] == "Sigrun Haavik"


def test_a_scene_in_which_a_pronoun_insists_is_the_work_speaking() -> None:
    found = facts(
        "Marlow Fitch, in particular, is superb as Dev. A scene in which he insists he is "
        "“totally calm” while shaking is hard to watch.",
        "Another in which she claims she was “never there” lands less well.",
    )
    assert "totally calm" not in {q.text for q in found.quotes if q.served}
