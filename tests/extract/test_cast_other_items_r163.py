"""Castings told apart from the article's own cast, on invented text: a demonym before a
noun is no part, a show that recasts a part is no actor, a correction's "It also described A
as playing P" withdraws the pairing, and another work named then whom it stars is that work's."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_demonym_before_a_noun_is_no_part() -> None:
    found = pairs(
        facts(
            "Brackenmere is a gentle film about two sisters.",
            "Newcomer Orla Vantree plays Edda’s Viennese café owner Dace Mirrin, a warm turn.",
            title="Brackenmere review",
        )
    )
    assert ("Orla Vantree", "Dace Mirrin") in found
    assert not any(part == "Viennese" for _, part in found)


def test_a_show_that_recasts_a_part_is_no_actor() -> None:
    found = pairs(
        facts(
            "ITV's Halden Reach has recast the role of Dr Wenna Tolvan for its second series "
            "after Juno Pellow stepped away from the drama.",
            title="Halden Reach recasts Dr Wenna Tolvan",
        )
    )
    assert not any(actor == "Halden Reach" for actor, _ in found)


def test_a_notice_that_also_described_a_pairing_withdraws_it() -> None:
    found = served_pairs(
        facts(
            "Netflix has released the trailer for Saltfen, the film that ends the story.",
            "Correction: An earlier version of this article gave the wrong date. It also "
            "described Tamsin Quill as playing Cass Penhale; Quill plays Edda Rook, and Cass "
            "is played by Selby Frome. We apologise for the errors.",
            title="Saltfen trailer lands",
        )
    )
    assert ("Tamsin Quill", "Cass Penhale") not in found
    assert ("Tamsin Quill", "Edda Rook") in found


def test_another_work_then_whom_it_stars_is_not_ours() -> None:
    for line in (
        "Channel 4 has renewed its ferry drama Marrow Cut, starring Corvin Ashe as skipper "
        "Ivo Castellane.",
        "Marrow Cut, directed by Juno Pellow and starring Corvin Ashe as the keeper Ivo "
        "Castellane, aired in 2023.",
        "The Cornish chiller Marrow Cut opens in cinemas on 19 June, with Corvin Ashe as the "
        "vicar Ivo Castellane.",
    ):
        found = pairs(
            facts(
                "Saltfen begins filming in Kent next week.",
                line,
                title="Saltfen starts filming",
            )
        )
        assert ("Corvin Ashe", "Ivo Castellane") not in found, line


def test_our_work_then_whom_it_stars_stays() -> None:
    found = pairs(
        facts(
            "Netflix has renewed its ferry drama Saltfen, starring Corvin Ashe as skipper Ivo "
            "Castellane.",
            title="Saltfen renewed for a second series",
        )
    )
    assert ("Corvin Ashe", "Ivo Castellane") in found


def test_a_work_that_began_life_as_a_play_had_that_cast() -> None:
    found = pairs(
        facts(
            "Saltfen comes to BBC One this autumn, with Corvin Ashe as Ivo Castellane.",
            "Saltfen began life as a stage play at the Lyric in 2018, when Ivo was played by "
            "Juno Pellow and Edda by Tamsin Quill.",
            title="Saltfen: everything we know",
        )
    )
    assert ("Corvin Ashe", "Ivo Castellane") in found
    assert not any(actor in ("Juno Pellow", "Tamsin Quill") for actor, _ in found)


def test_a_past_part_opposite_a_costars_part_is_that_works() -> None:
    found = pairs(
        facts(
            "Corvin Ashe leads Saltfen, the BBC's new drama, as Ivo Castellane.",
            "In 2023 he joined Glimmer's Marrow Cut, in which he played the mysterious “Kid” "
            "opposite Tamsin Quill’s Edda Rook.",
            title="Saltfen star Corvin Ashe on his big break",
        )
    )
    assert ("Tamsin Quill", "Edda Rook") not in found
