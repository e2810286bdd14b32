"""Every casting phrasing, on invented sentences (none of the corpus's names)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs


def test_bullet_list_pairs_each_line() -> None:
    found = facts(
        "The cast of the new film was confirmed today.",
        "- Marta Quill as Daisy Fenwick",
        "- Joel Abara as Sam Pike",
    )
    assert pairs(found) == {("Marta Quill", "Daisy Fenwick"), ("Joel Abara", "Sam Pike")}


def test_inline_list_with_and_pairs_each_actor() -> None:
    found = facts(
        "Returning are Lila Brook as Ada, Tom Varga as Felix and Imani Cole as Rosa.",
    )
    assert pairs(found) == {("Lila Brook", "Ada"), ("Tom Varga", "Felix"), ("Imani Cole", "Rosa")}


def test_respective_pairing_matches_in_order() -> None:
    found = facts("Dev Mistry and Ana Lutz will star as Otto and Greta in the film.")
    assert pairs(found) == {("Dev Mistry", "Otto"), ("Ana Lutz", "Greta")}


def test_respective_with_title_in_between_and_respectively() -> None:
    found = facts(
        "Dev Mistry and Ana Lutz lead Winter Harbour as Otto Brand and Greta Holm respectively.",
    )
    assert pairs(found) == {("Dev Mistry", "Otto Brand"), ("Ana Lutz", "Greta Holm")}


def test_will_play_and_will_portray() -> None:
    found = facts(
        "Newcomer Sami Okoro will play Leon Marsh. Edie Paul will portray Nora Marsh.",
    )
    assert pairs(found) == {("Sami Okoro", "Leon Marsh"), ("Edie Paul", "Nora Marsh")}


def test_has_been_cast_as_and_starring() -> None:
    found = facts(
        "Rhys Allard has been cast as Tobias Kent.",
        "The thriller, starring Mina Sato as Clara Voss, opens the festival.",
    )
    assert pairs(found) == {("Rhys Allard", "Tobias Kent"), ("Mina Sato", "Clara Voss")}


def test_returns_as_and_is_back_as_and_joins_the_cast_as() -> None:
    found = facts(
        "Greta Lind returns as Mrs Pemberton, Hal Doyle is back as Ruben, "
        "and Zoe Anand joins the cast as Kit Farrow.",
    )
    assert pairs(found) == {
        ("Greta Lind", "Mrs Pemberton"),
        ("Hal Doyle", "Ruben"),
        ("Zoe Anand", "Kit Farrow"),
    }


def test_character_then_actor_in_brackets() -> None:
    found = facts("The story follows Ada (Lila Brook) and her brother Felix (Tom Varga).")
    assert pairs(found) == {("Lila Brook", "Ada"), ("Tom Varga", "Felix")}


def test_who_plays_strips_the_descriptor() -> None:
    found = facts(
        "Omar Reyes, who plays Ada's cousin Theo, posted a photo. "
        "Bea Lowe, who plays Rosa, shared a video."
    )
    assert pairs(found) == {("Omar Reyes", "Theo"), ("Bea Lowe", "Rosa")}


def test_recast_makes_the_new_actor_current_and_the_leaver_former() -> None:
    found = facts(
        "Ivo Brandt, who was announced in March as Felix Moor, has exited the film. "
        "The part has been recast, with Cal Whitby taking over the role of Felix Moor.",
    )
    status = {(c.actor, c.character): c.status for c in found.cast}
    assert status == {
        ("Ivo Brandt", "Felix Moor"): CastStatus.FORMER,
        ("Cal Whitby", "Felix Moor"): CastStatus.CURRENT,
    }


def test_possessive_with_honorific_and_reprising_role() -> None:
    found = facts(
        "Jon Baptiste's Dr Hale returns briefly, and Rita Moon can be seen reprising her "
        "role as Aunt Bea.",
    )
    assert pairs(found) == {("Jon Baptiste", "Dr Hale"), ("Rita Moon", "Aunt Bea")}


def test_role_epithet_names_the_person_just_mentioned() -> None:
    found = facts(
        "Lila Brook as Ada Quinn leads the film.",
        "Lila Brook posted a teaser. “Soon, I promise,” the Ada Quinn actress wrote.",
    )
    assert pairs(found) == {("Lila Brook", "Ada Quinn")}
    assert found.quotes[0].speaker == "Lila Brook"


def test_first_name_resolves_to_full_character_name_in_the_same_article() -> None:
    found = facts(
        "Lila Brook and Tom Varga will star as Ada and Felix.",
        "- Lila Brook as Ada Quinn",
        "- Tom Varga as Felix Moor",
    )
    assert pairs(found) == {("Lila Brook", "Ada Quinn"), ("Tom Varga", "Felix Moor")}


def test_surname_resolves_to_full_actor_name() -> None:
    found = facts(
        "Lila Brook attended the launch.",
        "Brook and Tom Varga will star as Ada and Felix.",
    )
    assert ("Lila Brook", "Ada") in pairs(found)


def test_other_production_cast_is_ignored() -> None:
    found = facts(
        "The streamer also confirmed that crime drama Blackwater returns in May. "
        "That show stars Leo Grant as Sam Hart and Ivy Chen as Jo Hart, with newcomer "
        "Ada Price joining as their cousin Mel.",
    )
    assert found.cast == ()
    assert "Leo Grant" in found.people


def test_role_in_another_named_work_is_ignored() -> None:
    found = facts(
        "Tom Varga, who also played Prince Hal in Crown Of Ash last year, joined the launch."
    )
    assert found.cast == ()


def test_returns_as_composer_is_not_a_character() -> None:
    found = facts("Ana Rivas, whose score won awards, returns as composer.")
    assert found.cast == ()


def test_headline_is_not_mined_for_cast() -> None:
    found = facts(
        "Filming began today.",
        "The leads were on set.",
        title="New Film Starts As Lila Brook And Tom Varga Return To Kent",
    )
    assert found.cast == ()


def test_aside_about_other_work_does_not_hide_the_casting() -> None:
    found = facts(
        "Omar Reyes, best known for Night Trains, will play Leon Marsh. "
        "Bea Lowe, 34, joins the cast as Rosa."
    )
    assert pairs(found) == {("Omar Reyes", "Leon Marsh"), ("Bea Lowe", "Rosa")}


def served_cast(*paragraphs: str) -> set[tuple[str, str, CastStatus]]:
    return {(c.actor, c.character, c.status) for c in facts(*paragraphs).served().cast}


def test_dash_list_items_with_notes_in_brackets() -> None:
    assert served_cast(
        "Confirmed so far:",
        "* Ines Varro – Greta Holm (new)",
        "* Pavel Nowak – Dr Ansel Roy",
    ) == {
        ("Ines Varro", "Greta Holm", CastStatus.CURRENT),
        ("Pavel Nowak", "Dr Ansel Roy", CastStatus.CURRENT),
    }


def test_brackets_either_way_round_and_possessive_part() -> None:
    assert served_cast(
        "Ines Varro and Pavel Nowak lead the film.",
        "It follows Greta (Varro) and Ansel’s (Pavel Nowak) last summer, with Tomas Ek (Lars).",
    ) == {
        ("Ines Varro", "Greta", CastStatus.CURRENT),
        ("Pavel Nowak", "Ansel", CastStatus.CURRENT),
        ("Tomas Ek", "Lars", CastStatus.CURRENT),
    }


def test_a_title_in_brackets_after_an_actor_is_no_part() -> None:
    assert served_cast("Varro (The Night Ferry) will play Dr. Greta Holm, Ines Varro said.") == {
        ("Ines Varro", "Dr. Greta Holm", CastStatus.CURRENT)
    }


def test_played_by_with_an_aside() -> None:
    assert served_cast(
        "Greta Holm, the ferry captain's daughter, is played by Swedish actor Ines Varro."
    ) == {("Ines Varro", "Greta Holm", CastStatus.CURRENT)}


def test_a_nickname_in_quotation_marks_is_not_part_of_the_name() -> None:
    assert served_cast("• Pavel Nowak as Ansel “Sparky” Roy, a retired pilot") == {
        ("Pavel Nowak", "Ansel Roy", CastStatus.CURRENT)
    }


def test_descriptor_with_comma_and_without_article() -> None:
    assert served_cast(
        "Ines Varro plays Lars's mother, Greta, and Pavel Nowak joins as exchange student Ansel.",
    ) == {
        ("Ines Varro", "Greta", CastStatus.CURRENT),
        ("Pavel Nowak", "Ansel", CastStatus.CURRENT),
    }


def test_taking_over_a_role_from_someone_makes_them_former() -> None:
    assert served_cast(
        "Ines Varro has joined the film, taking over the role of Dr. Greta Holm from Lena Sky.",
    ) == {
        ("Ines Varro", "Dr. Greta Holm", CastStatus.CURRENT),
        ("Lena Sky", "Dr. Greta Holm", CastStatus.FORMER),
    }


def test_other_recast_phrasings() -> None:
    assert served_cast(
        "The role of harbour master Ansel Roy passes to Pavel Nowak, replacing Tomas Ek.",
        "Reshoots saw Mira Dahl replace Lena Sky as Ansel's sister, Greta.",
        "Ola Berg, who was originally cast as Lars, withdrew in May.",
        "Kai Moen had left the small role of ferry cook Bo Lind before filming.",
        "Rita Falk, who played the villain Ulla Kranz in the first film, will not return.",
    ) == {
        ("Pavel Nowak", "Ansel Roy", CastStatus.CURRENT),
        ("Tomas Ek", "Ansel Roy", CastStatus.FORMER),
        ("Mira Dahl", "Greta", CastStatus.CURRENT),
        ("Lena Sky", "Greta", CastStatus.FORMER),
        ("Ola Berg", "Lars", CastStatus.FORMER),
        ("Kai Moen", "Bo Lind", CastStatus.FORMER),
        ("Rita Falk", "Ulla Kranz", CastStatus.FORMER),
    }


def test_a_part_named_earlier_in_the_sentence_for_a_leaver_or_a_successor() -> None:
    assert served_cast(
        "Lena Sky, who was originally cast as Greta Holm before leaving, came to support "
        "Ines Varro, who took over the part.",
        "Pavel Nowak came in to play Ansel after Tomas Ek left.",
    ) == {
        ("Lena Sky", "Greta Holm", CastStatus.FORMER),
        ("Ines Varro", "Greta Holm", CastStatus.CURRENT),
        ("Pavel Nowak", "Ansel", CastStatus.CURRENT),
        ("Tomas Ek", "Ansel", CastStatus.FORMER),
    }


def test_parts_in_other_works_are_ignored() -> None:
    assert served_cast(
        "Ines Varro stars as Greta Holm in the film.",
        "Varro went on to play Queen Ada in Lumen's Salt Kingdom, and broke out as the "
        "youngest sister Bea in the comedy series Small Hours.",
        "She is currently starring as Ulla Kranz in Harbourside's The Long Pier.",
        "Pavel Nowak, who plays opposite Tomas Ek in the thriller, joins too.",
    ) == {("Ines Varro", "Greta Holm", CastStatus.CURRENT)}


def test_respective_pairing_with_who_play() -> None:
    assert served_cast(
        "The scene reunited Ines Varro and Pavel Nowak, who play Greta and Ansel."
    ) == {
        ("Ines Varro", "Greta", CastStatus.CURRENT),
        ("Pavel Nowak", "Ansel", CastStatus.CURRENT),
    }


def test_actor_brackets_with_an_honorific_part_and_a_credit_in_brackets() -> None:
    assert served_cast(
        "On stage: Ines Varro (Queen Ilse), Tomas Ek (Sir Callan) and Lena Sky (Harbourside).",
        "Sky broke out in the drama “Harbourside”.",
    ) == {
        ("Ines Varro", "Queen Ilse", CastStatus.CURRENT),
        ("Tomas Ek", "Sir Callan", CastStatus.CURRENT),
    }


def test_will_now_be_played_by_is_part_and_to_pairs() -> None:
    assert served_cast(
        "Ola Berg, who was announced as Ansel Roy, has left the film.",
        "Ansel will now be played by Tomas Ek.",
        "Rita Falk plays the captain; Kai Moen is Bo Lind, the ferry cook who never sleeps.",
        "Back home, Lena Sky, Greta to Varro’s Ada, carries the first half.",
    ) == {
        ("Ola Berg", "Ansel Roy", CastStatus.FORMER),
        ("Tomas Ek", "Ansel Roy", CastStatus.CURRENT),
        ("Kai Moen", "Bo Lind", CastStatus.CURRENT),
        ("Lena Sky", "Greta", CastStatus.CURRENT),
    }


def test_a_takeover_with_an_aside_and_one_that_names_no_part() -> None:
    assert served_cast(
        "Mira Dahl takes over the role of Sister Ilse, the abbey's quiet second, from Lena Sky, "
        "who left to play Nora in a West End revival of Ghosts.",
        "Ansel Roy, played by Tomas Ek: the neighbour.",
        "Ek took over the part in May from Ola Berg.",
    ) == {
        ("Mira Dahl", "Sister Ilse", CastStatus.CURRENT),
        ("Lena Sky", "Sister Ilse", CastStatus.FORMER),
        ("Tomas Ek", "Ansel Roy", CastStatus.CURRENT),
        ("Ola Berg", "Ansel Roy", CastStatus.FORMER),
    }


def test_confirmed_he_will_not_be_back_and_a_part_before_another_work() -> None:
    assert served_cast(
        "Kai Moen, speaking by video, confirmed he will NOT be back as Lord Peverell.",
        "Ansel will be played by Tomas Ek, the actor who made his name as Dani in the drama "
        "Summer Tides.",
    ) == {
        ("Kai Moen", "Lord Peverell", CastStatus.FORMER),
        ("Tomas Ek", "Ansel", CastStatus.CURRENT),
    }


def test_a_leaver_named_without_a_part_takes_the_takeovers_part() -> None:
    assert served_cast(
        "Mr Pike, played by Joel Abara: the art teacher. Abara took over the part in August, "
        "replacing Tom Varga, who had to leave the production.",
    ) == {
        ("Joel Abara", "Mr Pike", CastStatus.CURRENT),
        ("Tom Varga", "Mr Pike", CastStatus.FORMER),
    }
    assert served_cast(
        "Lumen confirmed that Tom Varga has left the film because of a scheduling clash. "
        "Joel Abara takes over the role of Mr Pike, the art teacher, from Monday.",
    ) == {
        ("Joel Abara", "Mr Pike", CastStatus.CURRENT),
        ("Tom Varga", "Mr Pike", CastStatus.FORMER),
    }


def test_a_departure_with_no_takeover_names_no_part() -> None:
    assert served_cast("Tom Varga has left the film because of a scheduling clash.") == set()


def test_who_played_a_part_in_this_film() -> None:
    assert served_cast(
        "Newcomer Ada Wren, who played LGBTQ+ society president Ottilie Marsh, posted a video.",
    ) == {("Ada Wren", "Ottilie Marsh", CastStatus.CURRENT)}
    assert served_cast("Ada Wren, who played Ottilie Marsh in Tin Town, joins the cast.") == set()


def test_a_part_named_before_its_actor() -> None:
    assert served_cast("Mr Pike himself, Joel Abara, shared a photo from the set.") == {
        ("Joel Abara", "Mr Pike", CastStatus.CURRENT)
    }


def test_parts_paired_by_respectively_across_asides() -> None:
    assert served_cast(
        "Spanish-born actor Leo Varga and 18-year-old Ana Lutz have been cast as Rafa Moss, a "
        "rugby captain, and Bea Stone, a sixth-former, respectively.",
        "Ida Berg and Tom Hale, who play estranged siblings Nuala and Frank Cassidy, respectively, "
        "lead the cast.",
    ) == {
        ("Leo Varga", "Rafa Moss", CastStatus.CURRENT),
        ("Ana Lutz", "Bea Stone", CastStatus.CURRENT),
        ("Ida Berg", "Nuala", CastStatus.CURRENT),
        ("Tom Hale", "Frank Cassidy", CastStatus.CURRENT),
    }


def test_asides_before_the_casting_verb() -> None:
    assert served_cast(
        "Veteran actor Brandon Oake, who now lives in Los Angeles, has a supporting role as "
        "Sheriff Dale Lund. Newcomer Ada Wren, making her screen debut, plays Bea as a young "
        "woman. Nia Osei-Hart is Dr. Grace Ade, the town GP.",
    ) == {
        ("Brandon Oake", "Sheriff Dale Lund", CastStatus.CURRENT),
        ("Ada Wren", "Bea", CastStatus.CURRENT),
        ("Nia Osei-Hart", "Dr. Grace Ade", CastStatus.CURRENT),
    }


def test_a_note_in_brackets_after_a_list_item_is_no_actor() -> None:
    assert served_cast("The cast:", "* Bastien Mora as Lord Aldric Voss (NEW)") == {
        ("Bastien Mora", "Lord Aldric Voss", CastStatus.CURRENT)
    }


def test_is_not_coming_back() -> None:
    assert served_cast("Lotte Brand, who played Marenka in S1, is NOT coming back.") == {
        ("Lotte Brand", "Marenka", CastStatus.FORMER)
    }


def test_credits_in_brackets_are_works_the_article_names_as_such() -> None:
    assert (
        served_cast(
            "Siobhan Reilly (Small Hours) and Karel Dvorak (Prague Station) join the cast.",
            "Its writer also wrote Small Hours. Karel Dvorak, the Prague Station star, plays "
            "a chef.",
        )
        == set()
    )


def test_part_then_actor_and_an_age_for_a_name() -> None:
    assert served_cast(
        "Tao actor Will Gao and Polish actor Tomasz Wojcik were on set.",
    ) == {("Will Gao", "Tao", CastStatus.CURRENT)}
    assert served_cast(
        "Newcomer Mateo Ruiz has lifted the lid on the rugby scenes.",
        "Speaking on a podcast with Cass Whit, the 24-year-old, who plays Nick's teammate Rafa "
        "Quint, said the nights were freezing.",
    ) == {("Mateo Ruiz", "Rafa Quint", CastStatus.CURRENT)}


def test_a_part_may_share_a_word_with_the_title() -> None:
    assert served_cast(
        "Who's in the Wrenhall cast?",
        "Eleanor Wrenhall, played by Margot Leve: a young war widow.",
    ) == {("Margot Leve", "Eleanor Wrenhall", CastStatus.CURRENT)}


def test_a_headline_title_that_credits_a_star_is_their_other_work() -> None:
    found = facts(
        "Maja Strom will lead the film as Ingrid.",
        "Strom was most recently seen as Detective Sanna Berg in SVT's “Kall Vinter,” whose "
        "second season bows January 9.",
        title="'Kall Vinter' Star Maja Strom To Lead A24's 'Low Tide'",
    )
    assert pairs(found) == {("Maja Strom", "Ingrid")}


def test_a_list_with_paired_parts_and_shortened_names() -> None:
    assert served_cast(
        "It introduced the friends: Ada Wren as Elle Argent, Will Gao as Tao Xu, Cora Brown "
        "and Kizzy Edge as Tara and Darcy, and Toby Dono as Isaac Hend.",
    ) == {
        ("Ada Wren", "Elle Argent", CastStatus.CURRENT),
        ("Will Gao", "Tao Xu", CastStatus.CURRENT),
        ("Cora Brown", "Tara", CastStatus.CURRENT),
        ("Kizzy Edge", "Darcy", CastStatus.CURRENT),
        ("Toby Dono", "Isaac Hend", CastStatus.CURRENT),
    }
    assert served_cast(
        "Joel Abara shares a name with the other Joel — Joel Kent, who has played Nick since "
        "the first season — which caused chaos.",
    ) == {("Joel Kent", "Nick", CastStatus.CURRENT)}
    assert served_cast(
        "Mats Lund, who broke out as the son Torvald in the drama “Nordlys,” will play Eirik "
        "Vold, a mechanic.",
    ) == {("Mats Lund", "Eirik Vold", CastStatus.CURRENT)}


def test_a_departure_and_the_takeover_of_the_part() -> None:
    assert served_cast(
        "Lumen confirmed that Cian Ó Dálaigh, 24, had left the film, in which he was cast as "
        "Ollie Fair, a housemate. The part has been recast, with Reuben Acht, best known for "
        "the comedy Halls, taking over the role of Ollie.",
    ) == {
        ("Cian Ó Dálaigh", "Ollie Fair", CastStatus.FORMER),
        ("Reuben Acht", "Ollie Fair", CastStatus.CURRENT),
    }
    assert served_cast(
        "Reuben Acht plays Ollie Fair.",
        "Ollie was originally going to be played by Cian Ó Dálaigh, who left last summer.",
    ) >= {("Cian Ó Dálaigh", "Ollie Fair", CastStatus.FORMER)}


def test_turns_aka_exclamations_and_corrections() -> None:
    assert served_cast("Olivia Cole’s turn as Nick’s mum, Sarah, was the highlight.") == {
        ("Olivia Cole", "Sarah", CastStatus.CURRENT)
    }
    assert served_cast("Kit Mbe and Reuben Acht, aka Dev and Ollie, posed together.") == {
        ("Kit Mbe", "Dev", CastStatus.CURRENT),
        ("Reuben Acht", "Ollie", CastStatus.CURRENT),
    }
    assert served_cast("* Reuben Acht (Ollie!) posted the cast photo.") == {
        ("Reuben Acht", "Ollie", CastStatus.CURRENT)
    }
    assert served_cast(
        "Correction: an earlier version misstated that Hana Ishi plays Tori Spring. Tori is "
        "played by Jenny Walt.",
    ) == {("Jenny Walt", "Tori Spring", CastStatus.CURRENT)}
