"""A part named by a role noun keeps its "the" ("plays the Gatewarden"); castings of another
production told in passing (a festival's other film, a profile's earlier film, a stage version)
are not this production's."""

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_role_noun_after_the_keeps_its_article() -> None:
    found = facts(
        "Netflix has released the first trailer for Quillmarsh.",
        "Perrin Vosk plays the Gatewarden, and Odile Farrant appears as the Lanternwright.",
        title="Quillmarsh trailer: five things we learned",
    )
    assert ("Perrin Vosk", "the Gatewarden") in served_pairs(found)
    assert ("Odile Farrant", "the Lanternwright") in served_pairs(found)
    assert ("Perrin Vosk", "Gatewarden") not in pairs(found)


def test_a_named_part_after_a_description_has_no_article() -> None:
    found = facts(
        "Netflix has released the first trailer for Quillmarsh.",
        "Perrin Vosk plays the ferryman, Tess Orrin.",
        title="Quillmarsh trailer: five things we learned",
    )
    assert ("Perrin Vosk", "Tess Orrin") in served_pairs(found)


def test_a_stage_version_that_had_an_actor_is_another_production() -> None:
    found = facts(
        "Filming on Sky's Quillmarsh has wrapped.",
        "The show stars Odile Farrant as Tess Orrin.",
        "Quick reminder: the stage version at the Lyric in 2019 had Perrin Vosk as Tess.",
        title="Quillmarsh wraps filming",
    )
    assert ("Odile Farrant", "Tess Orrin") in served_pairs(found)
    assert not any(actor == "Perrin Vosk" for actor, _ in pairs(found))


def test_the_partner_of_a_part_played_in_the_past_is_not_cast() -> None:
    found = facts(
        "Odile Farrant has joined Quillmarsh as Tess Orrin.",
        "She broke through in Copperlane, a 2023 drama about three sisters.",
        "She played Nell, the youngest, opposite Perrin Vosk as the eldest sister, Sable Vey.",
        title="Quillmarsh adds Odile Farrant",
    )
    assert not any(actor == "Perrin Vosk" for actor, _ in pairs(found))


def test_a_festival_s_other_film_glossed_by_its_maker_is_not_ours() -> None:
    found = facts(
        "Quillmarsh, starring Odile Farrant as Tess Orrin, opened the festival on Friday.",
        "Earlier the same stage hosted the gala of The Heron’s Song, Oren Pask’s fishing drama"
        " starring newcomer Perrin Vosk as a trawlerman called Abel, which opens on 6 November.",
        title="Quillmarsh opens the Harbour Film Festival",
    )
    assert ("Odile Farrant", "Tess Orrin") in served_pairs(found)
    assert not any(actor == "Perrin Vosk" for actor, _ in pairs(found))


def test_a_family_name_before_a_noun_is_no_role_noun() -> None:
    found = facts(
        "Netflix has released the first trailer for Quillmarsh.",
        "Perrin Vosk plays the Vey matriarch.",
        title="Quillmarsh trailer: five things we learned",
    )
    assert ("Perrin Vosk", "the Vey") not in pairs(found)


def test_the_partner_of_a_part_played_since_the_first_series_is_ours() -> None:
    found = facts(
        "Odile Farrant is back in Quillmarsh as Tess Orrin.",
        "Farrant has played Tess Orrin since the first series, opposite Perrin Vosk as Sable Vey.",
        title="Quillmarsh returns",
    )
    assert ("Perrin Vosk", "Sable Vey") in served_pairs(found)
