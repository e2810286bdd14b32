"""Review mends of round 137 (invented text): a crew member "who had no formal training" is
still the work's, only "no part in" it puts them outside; a "Next," sentence that moves the
shoot somewhere keeps the production's director; a reporter who speaks again before the marks
keeps her words after telling what an unnamed someone told her; a relative clause on an earlier
adaptation ends at its comma, and the casting after it is the new production's; a shoot of
"a period drama" named right after as the article's own work is the production's shoot."""

from __future__ import annotations

from bot.facts import CrewRole, ReleaseKind
from tests.extract.helpers import facts, served_pairs

_LEDE = "Brindle Cove, a new drama from Channel 9, starts filming in Kilverdale this spring."


def _served_crew(*paragraphs: str) -> set[tuple[str, CrewRole]]:
    return {(c.name, c.role) for c in facts(*paragraphs).crew if c.served}


def test_a_director_who_had_no_training_is_still_the_works_director() -> None:
    found = _served_crew(
        _LEDE, "Director Ada Vell, who had no formal training, shot Brindle Cove in six weeks."
    )
    assert ("Ada Vell", CrewRole.DIRECTOR) in found


def test_a_director_who_had_no_part_in_the_work_is_still_an_outsider() -> None:
    found = _served_crew(
        _LEDE, "Director Ada Vell, who had no part in the series, praised its pace."
    )
    assert ("Ada Vell", CrewRole.DIRECTOR) not in found


def test_a_next_leg_of_the_shoot_keeps_the_productions_director() -> None:
    found = _served_crew(_LEDE, "Next, filming moves to Penvarra under director Ada Vell.")
    assert ("Ada Vell", CrewRole.DIRECTOR) in found


def test_a_next_job_named_by_its_kind_is_still_another_works() -> None:
    found = _served_crew(
        _LEDE, "Next, Vell shoots Pike Road, a coastal thriller for director Tam Orr."
    )
    assert ("Tam Orr", CrewRole.DIRECTOR) not in found


def test_a_reporter_who_speaks_again_keeps_her_words_after_an_unnamed_telling() -> None:
    found = facts(
        _LEDE,
        "Rin Soto plays Nell. Soto recalls a friend telling her to take the part, and adds:"
        " “I am so glad I listened.”",
    )
    quote = next(q for q in found.quotes if q.text.startswith("I am so glad"))
    assert quote.speaker == "Rin Soto"


def test_a_casting_after_a_relative_clause_on_an_earlier_adaptation_is_ours() -> None:
    found = facts(
        _LEDE,
        "The novel, which was first adapted for radio in 1990, now comes to the screen with Ada"
        " Vell as Bet Quarrie.",
    )
    assert ("Ada Vell", "Bet Quarrie") in served_pairs(found)


def test_a_casting_inside_the_earlier_adaptations_clause_is_still_not_ours() -> None:
    found = facts(
        _LEDE,
        "The novel, which was first adapted for radio in 1990 with Ada Vell as Bet Quarrie, now"
        " comes to the screen with Rin Soto as Bet Quarrie.",
    )
    assert served_pairs(found) == {("Rin Soto", "Bet Quarrie")}


def test_a_shoot_of_a_drama_named_as_ours_right_after_is_our_shoot() -> None:
    found = facts(
        "Channel 9 begins filming a period drama, Brindle Cove, in Kilverdale on 3 June.",
        "The drama will air next year.",
        title="Brindle Cove: cameras roll in Kilverdale",
    )
    assert any(r.kind is ReleaseKind.FILMING_STARTED and r.served for r in found.release)


def test_a_shoot_of_a_drama_named_as_another_work_is_still_not_ours() -> None:
    found = facts(
        _LEDE,
        "Meanwhile, Ada Vell begins filming a period drama, Coal Vale, in Leeds on 3 June.",
    )
    assert not any(r.served and r.date is not None and r.date.month == 6 for r in found.release)
