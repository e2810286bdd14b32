"""A maker's earlier work told with its channel or an aside, and a leaver told in the simple
past after a relative clause, on invented text."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs

_LEDE = "Copper Bay adds two names to its cast."
_OURS = "Mira Quell will play Juno Hart in Copper Bay."


def test_an_earlier_work_with_its_channel_or_an_aside_casts_nothing_of_ours() -> None:
    for text, pair in (
        (
            "The studio's earlier titles include Gull Point (Channel 5, 2021), starring Dora "
            "Penn as Agatha Lowe.",
            ("Dora Penn", "Agatha Lowe"),
        ),
        (
            "Past work includes Fen Light (Sky, 2019), starring Tova Rees as Ivo Dane.",
            ("Tova Rees", "Ivo Dane"),
        ),
        (
            "Lantern Row, the writer's first drama, ran on ITV in 2020 and starred Silas Orme "
            "as Bea Cutter.",
            ("Silas Orme", "Bea Cutter"),
        ),
        (
            "Ember Hall, her last feature, premiered at Cannes in 2022 and starred Noel Cray as "
            "Hal Brisk.",
            ("Noel Cray", "Hal Brisk"),
        ),
    ):
        found = pairs(facts(_LEDE, _OURS, text))
        assert ("Mira Quell", "Juno Hart") in found
        assert pair not in found


def test_a_relative_clause_then_left_the_production_is_a_former_part() -> None:
    for text in (
        "Odile Farr, who was announced in March as the ferry pilot Ruth Calder, left the "
        "production in June.",
        "Odile Farr, who had been cast as Ruth Calder, quit the film after a week of rehearsals.",
    ):
        found = facts(_LEDE, _OURS, text)
        farr = [f for f in found.cast if f.actor == "Odile Farr"]
        assert farr
        assert all(f.status is CastStatus.FORMER for f in farr)


def test_an_owned_title_then_the_name_that_ends_the_sentence_is_the_part() -> None:
    for text, part in (
        (
            "The ensemble includes Odile Farr as the abbey's stern Prioress, Dame Ysolde.",
            "Dame Ysolde",
        ),
        ("Tam Reyes co-stars as the harbour's gruff Master Pilot, Ewan Gask.", "Ewan Gask"),
    ):
        found = pairs(facts(_LEDE, _OURS, text))
        assert any(p[1] == part for p in found), found
        assert not any(p[1] in ("Prioress", "Master Pilot") for p in found)


def test_an_aside_back_with_an_adverb_as_the_part() -> None:
    for text in (
        "Odile Farr, back briefly as Ruth Calder, has little to do.",
        "The finale belongs to Odile Farr, returning once more as Ruth Calder, who steals it.",
    ):
        assert ("Odile Farr", "Ruth Calder") in pairs(facts(_LEDE, _OURS, text))


def test_a_bracketed_credit_before_a_casting_verb_and_an_accented_part() -> None:
    for text, pair in (
        (
            "Belgian actor Aurèle Vanden (Les Nuits Claires) will play Élodie Marchal, a "
            "night-shift nurse.",
            ("Aurèle Vanden", "Élodie Marchal"),
        ),
        (
            "Newcomer Søren Halde (Ved Havet) has been cast as Øystein Berg.",
            ("Søren Halde", "Øystein Berg"),
        ),
    ):
        found = pairs(facts(_LEDE, _OURS, text))
        assert pair in found
        assert not any(p[1] in ("Les Nuits Claires", "Ved Havet") for p in found)


def test_a_successor_who_has_taken_over_the_role_or_replaced_the_leaver_in_it() -> None:
    for paragraphs in (
        (
            "Odile Farr, who was announced in May as the pilot Ruth Calder, left the production "
            "in July. Tam Reyes has taken over the role.",
        ),
        ("Odile Farr was originally cast as Ruth Calder but left. Tam Reyes took over.",),
        ("Tam Reyes plays the pilot Ruth Calder.", "Reyes replaced Odile Farr in the role in May."),
    ):
        found = facts(_LEDE, _OURS, *paragraphs)
        held = {(f.actor, f.character, f.status) for f in found.cast}
        assert ("Tam Reyes", "Ruth Calder", CastStatus.CURRENT) in held
        assert ("Odile Farr", "Ruth Calder", CastStatus.FORMER) in held
        assert ("Odile Farr", "Ruth Calder", CastStatus.CURRENT) not in held


def test_two_actors_into_the_roles_or_parts_of_two_parts_in_order() -> None:
    for text in (
        "Odile Farr and Tam Reyes reprise the roles of Ruth Calder and Gus Penn.",
        "Odile Farr and Tam Reyes, both now in their thirties, slip back into the parts of "
        "Ruth Calder and Gus Penn as though they never left.",
    ):
        found = pairs(facts(_LEDE, text))
        assert ("Odile Farr", "Ruth Calder") in found
        assert ("Tam Reyes", "Gus Penn") in found


def test_two_actors_in_the_roles_of_another_work_are_not_ours() -> None:
    text = (
        "Odile Farr and Tam Reyes, who played the roles of Ruth Calder and Gus Penn in Lumen, "
        "met on set."
    )
    found = pairs(facts(_LEDE, _OURS, text))
    assert ("Odile Farr", "Ruth Calder") not in found


def test_a_gapped_played_by_with_the_part_described_first() -> None:
    for text in (
        "Ruth is played by Odile Farr, and the pilot, Gus Penn, by Tam Reyes, a stage veteran.",
        "Ruth is played by Odile Farr; the ferry's old pilot, Gus Penn, by Tam Reyes.",
    ):
        found = pairs(facts(_LEDE, text))
        assert ("Tam Reyes", "Gus Penn") in found
    later = pairs(
        facts(_LEDE, "Ruth is played by Odile Farr, and later, in flashbacks, by Tam Reyes.")
    )
    assert not any(actor == "Tam Reyes" for actor, _ in later)
