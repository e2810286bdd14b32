"""Review 118-R's cast findings on invented text: a newsletter item on another show's order,
cancellation or renewal, with the first item or the heading in capitals, casts none of ours; a
scene partner "in Part Three, opposite" is in a part of our work; a part an audience knows the
actor by ("found fame among teenage viewers as") is none of ours (only that clause decides); a
studio or a place glossed with a kind further on, or a work ours is likened to, is no other
work whose "its" cast follows."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "The Reel: Lumenfield’s big night, Tarnwick’s return and the weekend list"
_OPENING = "Good morning, and welcome to The Reel, your Friday guide to what is new."
_TRAILER = "The trailer gives us a first look at Ana Vos as the new tutor, Dr Mara Hale."


def _served(first: str, heading: str, body: str) -> set[tuple[str, str]]:
    found = facts(
        _OPENING, first, _TRAILER, heading, body, "That’s all for this week.",
        date="2026-05-13", title=_TITLE,
    )  # fmt: skip
    return served_pairs(found)


def test_a_caps_newsletters_other_renewal_casts_none_of_ours() -> None:
    body = "Dan Roe will be back as Sid Marsh in a fifth series, out on 5 June."
    caps_first = _served("1. LUMENFIELD SAYS GOODBYE", "3. Sky renews Harbour Row", body)
    caps_heading = _served("1. Lumenfield says goodbye", "3. SKY RECOMMISSIONS HARBOUR ROW", body)
    assert ("Dan Roe", "Sid Marsh") not in caps_first | caps_heading
    assert ("Ana Vos", "Dr Mara Hale") in caps_first


def test_a_caps_newsletters_other_cancellation_casts_none_of_ours() -> None:
    body = "Dan Roe returns as Sid Marsh in the last run, out on 5 June."
    found = _served("1. LUMENFIELD SAYS GOODBYE", "3. Sky cancels Harbour Row", body)
    assert ("Dan Roe", "Sid Marsh") not in found


def test_a_scene_partner_in_a_season_of_ours_is_served() -> None:
    found = facts(
        "Ada Perrin has joined the cast of Kelpa’s Tarn Key, the coastal mystery.",
        "Perrin will be playing a nurse in Part Three, opposite Dev Shah as Omar.",
        "More as we get it.",
        date="2026-05-13",
        title="Tarn Key: Ada Perrin joins the cast",
    )
    assert ("Dev Shah", "Omar") in served_pairs(found)


def test_a_part_an_audience_knows_the_actor_by_is_no_casting_of_ours() -> None:
    found = facts(
        "Dina Moss has joined Kelpa’s Tarn Key as Ella Hart.",
        "Dina Moss found fame among teenage viewers as Rose Pike.",
        "More as we get it.",
        date="2026-05-13",
        title="Tarn Key: Dina Moss joins the cast",
    )
    assert served_pairs(found) == {("Dina Moss", "Ella Hart")}


def _sequel(line: str) -> set[tuple[str, str]]:
    found = facts(
        "Kelpa has confirmed a second season of its coastal mystery Tarn Key.",
        line,
        "More as we get it.",
        date="2026-05-13",
        title="Tarn Key season 2: everything we know",
    )
    return served_pairs(found)


def test_a_gloss_naming_a_kind_further_on_glosses_no_other_work() -> None:
    studio = "The order came from Mull Films, the studio behind the comedy."
    assert ("Dev Shah", "Omar") in _sequel(f"{studio} Its cast returns, with Dev Shah as Omar.")
    town = "It was filmed in Oban, the town where the drama is set."
    assert ("Dev Shah", "Omar") in _sequel(f"{town} Its cast returns, with Dev Shah as Omar.")


def test_a_work_ours_is_likened_to_is_no_other_works_gloss() -> None:
    found = facts(
        "Kelpa’s coastal hit is back.",
        "Critics call it the new Harrowgate, the Sky legal drama. Its cast returns in June, with "
        "Dev Shah as Omar.",
        "More as we get it.",
        date="2026-05-13",
        title="Tarn Key returns",
    )
    assert ("Dev Shah", "Omar") in served_pairs(found)
