"""Quotes on invented text: words a speech verb places in a trailer ("who tells her, in the
teaser, that ...") are a line the work speaks, held; a person speaking about the trailer is not."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(*paragraphs).quotes}


def test_a_line_placed_in_the_trailer_is_held() -> None:
    for line in (
        "New to the story is Professor Ines Calloway, played by Dora Fenwick, the tutor who "
        "tells her, in the trailer, that sailing is “not a career”.",
        "Dora Fenwick plays a tutor who warns in the new teaser that the sea is “never kind”.",
    ):
        found = _served("The Copper Bay film arrives on Lumen in May.", line)
        assert not any(found.get(t) for t in ("not a career", "never kind")), line


def test_a_person_speaking_about_the_trailer_is_kept() -> None:
    found = _served(
        "The Copper Bay film arrives on Lumen in May.",
        "Dora Fenwick said the trailer was “only the first taste” of the film.",
    )
    assert found.get("only the first taste") is True


def test_the_line_a_part_is_given_in_the_trailer_is_held() -> None:
    for lead in (
        "Hesper Quillon’s Glassblower gets the trailer’s final line, and fans have not recovered.",
        "Hesper Quillon’s Glassblower has the last word in the new teaser.",
    ):
        found = facts("Wickfen arrives on Lumen in January.", f"{lead} “Every pane is a promise,” "
                      "he whispers, “and I keep mine.”")  # fmt: skip
        assert [q.text for q in found.quotes if q.served] == [], lead
        assert found.quotes, "the words are kept, held for review"


def test_the_actor_speaking_after_the_trailers_line_is_kept() -> None:
    found = _served(
        "Wickfen arrives on Lumen in January.",
        "Hesper Quillon’s Glassblower gets the trailer’s final line. “I whispered it forty "
        "times,” Quillon told us.",
    )
    assert found.get("I whispered it forty times") is True, found


def test_a_part_that_acts_then_says_speaks_a_line_of_the_work() -> None:
    found = _served(
        "The Copper Bay trailer came out on Friday. Dora Fenwick plays Nell.",
        "The moment everyone is talking about comes when Nell stands on the harbour wall and "
        "says “Don't wait up” as the boat leaves.",
    )
    assert found.get("Don't wait up") is False


def test_an_actor_who_acts_then_says_is_still_served() -> None:
    found = _served(
        "The Copper Bay trailer came out on Friday. Dora Fenwick plays Nell.",
        "At the launch, Dora Fenwick stood on the harbour wall and said “Don't wait up” to fans.",
    )
    assert found.get("Don't wait up") is True


def test_a_review_pronoun_telling_its_own_kin_speaks_a_line() -> None:
    found = facts(
        "‘Copper Bay’ review: a salt-stung family drama",
        "Nell (a superb Dora Fenwick) stays to run the boatyard. Fenwick gives Nell a bruised "
        "dignity, and when she finally tells her brother “You left, so you lose a say,” the "
        "line lands.",
        "Speaking after the premiere, Fenwick smiled, and she told her audience “Everyone has a "
        "brother they don't call.”",
        title="‘Copper Bay’ review: a salt-stung family drama",
    )
    served = {q.text[:12]: q.served for q in found.quotes}
    assert served["You left, so"] is False
    assert served["Everyone has"] is True


def test_a_line_of_dialogue_the_sentence_announces_is_held() -> None:
    found = _served(
        "Brightwave revealed the title of the Copper Bay film this afternoon with a teaser.",
        "The teaser does give us one line of dialogue: Ada, on a rainy pier, telling Ned, “I’m "
        "not leaving.” We are not okay.",
    )
    assert found.get("I’m not leaving.") is False, found


def test_someone_saying_words_about_a_line_of_dialogue_is_kept() -> None:
    found = _served(
        "Brightwave revealed the title of the Copper Bay film this afternoon with a teaser.",
        "Asked about her favourite line of dialogue, Senna Holloway said: “Anything on the pier.”",
    )
    assert found.get("Anything on the pier.") is True, found


def test_the_trailers_only_laugh_a_part_gets_is_held() -> None:
    found = _served(
        "Brightwave dropped the Copper Bay trailer on Monday.",
        "As deckhand Ned Arden, Tobin Hask gets the trailer’s only laugh. Ned just shrugs: "
        "“She’s had worse.”",
    )
    assert found.get("She’s had worse.") is False, found


def test_a_line_spoken_in_footage_the_paragraph_describes_is_held() -> None:
    for paragraph in (
        "The new teaser ends with Pip saying “see you on the tide, yeah?” and fans are not coping.",
        "12:31 Footage time. Highlights: a chase through a fish market, and the Marrowind "
        "himself saying “Nobody leaves the harbour” in a voice that made the room gasp.",
        "TRAILER TIME. Ninety seconds of fire and Queen Ysra (Vildmark) growling “A crown "
        "costs blood, boy.” The hall loses it.",
        "The teaser closes with Pip telling him: “I’ll still be on the tide.”",
    ):
        found = facts(
            "Saltmere arrives on Corvane in March. Saskia Vildmark plays Pip Harlowe.", paragraph
        )
        assert found.quotes, paragraph
        assert not any(q.served for q in found.quotes), paragraph


def test_a_person_saying_words_about_the_trailer_is_still_served() -> None:
    found = _served(
        "Saltmere arrives on Corvane in March. Saskia Vildmark plays Pip Harlowe.",
        "Vildmark shared the trailer on Friday, saying “We cut it ourselves, honestly.”",
    )
    assert found.get("We cut it ourselves, honestly.") is True, found


def test_a_line_given_right_after_the_trailer_is_held() -> None:
    found = _served(
        "Quillwick arrives on Lumen in June.",
        "Tamsin Orrell plays the lighthouse keeper. Her only line in the teaser – “Keep the lamp "
        "lit” – is already a meme.",
    )
    assert found.get("Keep the lamp lit") is False


def test_a_person_on_their_line_in_the_trailer_is_kept() -> None:
    found = _served(
        "Quillwick arrives on Lumen in June.",
        "Tamsin Orrell said her only line in the teaser was nearly cut: “I begged to keep it.”",
    )
    assert found.get("I begged to keep it.") is True


def test_a_scene_where_someone_speaks_is_held() -> None:
    found = _served(
        "Quillwick arrives on Lumen in June, and Tamsin Orrell leads it.",
        "Yes, the bit where Wenna says ‘The tide keeps every secret’ will be everywhere by Friday.",
    )
    assert found.get("The tide keeps every secret") is False


def test_a_person_asked_about_a_scene_is_kept() -> None:
    found = _served(
        "Quillwick arrives on Lumen in June, and Tamsin Orrell leads it.",
        "Asked about the bit where Wenna dances, Tamsin Orrell said: “I rehearsed it for weeks.”",
    )
    assert found.get("I rehearsed it for weeks.") is True


def test_a_line_told_inside_the_scene_being_filmed_is_held() -> None:
    found = _served(
        "Quillwick arrives on Lumen in June, and Tamsin Orrell leads it.",
        "In the scene, Wenna turns to her brother and snaps, “You never once came back for me,” "
        "and Orrell holds the silence.",
    )
    assert found.get("You never once came back for me") is False


def test_a_person_speaking_after_a_scene_is_named_is_kept() -> None:
    found = _served(
        "Quillwick arrives on Lumen in June, and Tamsin Orrell leads it.",
        "After the scene, Tamsin Orrell turns to us and says, “That one took nine takes.”",
    )
    assert found.get("That one took nine takes.") is True


_WRAYFIELD = "The Wrayfield trailer is out. Dora Fenwick plays Gwenna; Tamsin Orrell plays Elowen."


def test_a_part_whose_verb_runs_into_the_words_speaks_a_line() -> None:
    for line in (
        "3. That line\nGwenna growls “The moor keeps what it finds” over a shot of the fog.",
        "The moment everyone is sharing: Gwenna, on the phone in the rain, telling Elowen “I’ll "
        "wait at the gate.” We are not fine.",
    ):
        found = facts(_WRAYFIELD, line)
        assert found.quotes, line
        assert not any(q.served for q in found.quotes), line


def test_an_actor_whose_verb_runs_into_the_words_is_kept() -> None:
    found = _served(
        _WRAYFIELD,
        "At the launch, Tamsin Orrell, on stage with the cast, told fans “I cried at every take.”",
    )
    assert found.get("I cried at every take.") is True, found
