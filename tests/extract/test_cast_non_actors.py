"""A name before a part is no actor when it is a place ("the actor from Port Elvan, who plays
...") or a work ("led the indie feature Copper Sky as ..."); a bracket after a joining actor's
name ("X (Earlier Work), who will play Y") is their past work, never a part; and a casting the
same clause says the actor left ("but she stepped away before filming") is former."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, pairs, served_pairs


def test_a_place_after_the_actor_from_is_not_the_actor() -> None:
    found = facts(
        "The actor from Port Elvan, who plays trainee nurse Lou Carrow in Harbour Lights, says "
        "she learned her lines on the ferry.",
        "The 19-year-old from Ashby Vale, who will play Dot Reece, grew up on a farm.",
    )
    assert ("Port Elvan", "Lou Carrow") not in pairs(found)
    assert ("Ashby Vale", "Dot Reece") not in pairs(found)


def test_a_work_after_a_feature_noun_is_not_the_actor() -> None:
    found = facts(
        "Filming has begun on Harbour Lights. Tamsin Hale plays Meg Orme, a ferry pilot.",
        "In 2023 she also led the low-budget feature Copper Sky as Nell Ames, a ferry pilot.",
        "Before that he headlined the indie short Grey Rook as Alf Penna.",
    )
    assert ("Tamsin Hale", "Meg Orme") in served_pairs(found)
    assert ("Copper Sky", "Nell Ames") not in pairs(found)
    assert ("Grey Rook", "Alf Penna") not in pairs(found)


def test_a_bracket_before_who_will_play_is_the_actor_s_past_work() -> None:
    found = facts(
        "Netflix has added two names to Harbour Lights.",
        "Also joining is Petra Kovansky (Glass Orchard), who will play Dr Lorna Teague, a "
        "counsellor.",
        "Newcomer Ivo Stannard (The Long Field), who plays Sam Dunmore, completes the family.",
    )
    assert ("Petra Kovansky", "Glass Orchard") not in pairs(found)
    assert ("Petra Kovansky", "Dr Lorna Teague") in served_pairs(found)
    assert ("Ivo Stannard", "The Long Field") not in pairs(found)
    assert ("Ivo Stannard", "Sam Dunmore") in served_pairs(found)


def test_unveiled_then_stepped_away_before_filming_is_former() -> None:
    found = facts(
        "Harbour Lights has one change to its cast.",
        "Welsh actor Carys Pellow was unveiled as Mina Gorse last July, but she stepped away "
        "before cameras rolled. Tamsin Rook took over the part.",
    )
    other = facts(
        "Harbour Lights has one change to its cast.",
        "Iris Vane was named as Bea Lowry last spring but she dropped out in August. Kit Moss "
        "has stepped in.",
    )
    assert ("Carys Pellow", "Mina Gorse") in former_pairs(found)
    assert ("Iris Vane", "Bea Lowry") in former_pairs(other)
