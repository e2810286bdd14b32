"""Crew credits in the phrasings news copy uses, on invented sentences."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_role_nouns_before_a_name_including_lists() -> None:
    found = facts(
        "Series creator, executive producer, and novelist Petra Hale is back. "
        "Director Omar Sidi joins, as does Danish cinematographer Lars Holm."
    )
    assert credits(found) >= {
        ("creator", "Petra Hale"),
        ("executive_producer", "Petra Hale"),
        ("author", "Petra Hale"),
        ("director", "Omar Sidi"),
        ("cinematographer", "Lars Holm"),
    }


def test_passive_credits_and_executive_producer_lists() -> None:
    found = facts(
        "The film, directed by Omar Sidi, is executive produced by Hale, Ben Ortiz, "
        "Cara Lin and Dev Roy.",
        "Petra Hale wrote the book.",
    )
    assert credits(found) >= {
        ("director", "Omar Sidi"),
        ("executive_producer", "Petra Hale"),
        ("executive_producer", "Ben Ortiz"),
        ("executive_producer", "Cara Lin"),
        ("executive_producer", "Dev Roy"),
    }


def test_written_and_directed_by_gives_both_credits() -> None:
    found = facts("The drama was written and directed by June Okafor.")
    assert credits(found) == {("writer", "June Okafor"), ("director", "June Okafor")}


def test_writer_forms_penned_script_possessive_and_relative_clause() -> None:
    found = facts(
        "Petra Hale has penned the screenplay.",
        "Omar Sidi is directing from Hale's script.",
        "Hale, who wrote the screenplay, was on set.",
    )
    assert credits(found) >= {("writer", "Petra Hale"), ("director", "Omar Sidi")}


def test_signed_on_to_executive_produce_alongside_a_list() -> None:
    found = facts(
        "Mia Torres and Leo Park star.",
        "Torres and Park have signed on to executive produce the film alongside Ana Bell, "
        "Ravi Shah and Tom Eck.",
    )
    names = {n for role, n in credits(found) if role == "executive_producer"}
    assert names == {"Mia Torres", "Leo Park", "Ana Bell", "Ravi Shah", "Tom Eck"}


def test_returns_as_composer_and_is_shooting_the_film() -> None:
    found = facts(
        "Ana Rivas, whose score won awards, returns as composer, and Lars Holm is shooting "
        "the film."
    )
    assert credits(found) == {("composer", "Ana Rivas"), ("cinematographer", "Lars Holm")}


def test_tapped_to_direct_and_remains_on_board_to_direct() -> None:
    found = facts(
        "Veteran filmmaker Omar Sidi has been tapped to direct the film.",
        "Jo Grey, whose credits include Old Roads, remains on board to direct.",
    )
    assert credits(found) == {("director", "Omar Sidi"), ("director", "Jo Grey")}


def test_organisation_director_of_is_not_a_film_director() -> None:
    found = facts("According to Kim Ode, the studio's director of UK film, it is going well.")
    assert credits(found) == set()
    assert found.people == ("Kim Ode",)


def test_exec_producing_alongside_and_no_plain_producer_credit() -> None:
    found = facts(
        "Mia Torres and Leo Park star.",
        "Ana Bell produces for Kestrel Films, with Ravi Shah and Tom Eck exec producing "
        "alongside Torres and Park.",
    )
    assert credits(found) == {
        ("producer", "Ana Bell"),
        ("executive_producer", "Ravi Shah"),
        ("executive_producer", "Tom Eck"),
        ("executive_producer", "Mia Torres"),
        ("executive_producer", "Leo Park"),
    }


def test_press_release_credit_lines() -> None:
    found = facts(
        "Cameras are rolling on the new series.",
        "Written and directed by Íde Ní Mhaoil",
        "Produced by Ana Bell for Kestrel Films and Tom Eck for Dublin’s Harbour Pictures",
        "Executive Producers: Ravi Shah and Lena Ødegaard for Kestrel Films",
        "Casting by Jorge Peña",
    )
    assert credits(found) == {
        ("writer", "Íde Ní Mhaoil"),
        ("director", "Íde Ní Mhaoil"),
        ("producer", "Ana Bell"),
        ("producer", "Tom Eck"),
        ("executive_producer", "Ravi Shah"),
        ("executive_producer", "Lena Ødegaard"),
        ("casting_director", "Jorge Peña"),
    }


def test_roles_in_apposition_before_and_after_the_name() -> None:
    found = facts(
        "“It was long,” the director, Omar Sidi, said.",
        "Jorge Peña, our casting director, called me. Petra Hale, creator, writer and star, "
        "was there, and so was Lena Ødegaard, the film’s editor, who cut the trailer.",
    )
    assert credits(found) == {
        ("director", "Omar Sidi"),
        ("casting_director", "Jorge Peña"),
        ("creator", "Petra Hale"),
        ("writer", "Petra Hale"),
        ("editor", "Lena Ødegaard"),
    }


def test_script_by_adapted_from_their_novels_and_casting_director_on_the_film() -> None:
    found = facts(
        "The film is directed by Omar Sidi from a script by creator Petra Hale, who adapted it "
        "from the second of their novels.",
        "Jorge Peña, who cast the first series, is casting director on the film.",
    )
    assert credits(found) == {
        ("director", "Omar Sidi"),
        ("writer", "Petra Hale"),
        ("creator", "Petra Hale"),
        ("author", "Petra Hale"),
        ("casting_director", "Jorge Peña"),
    }


def test_a_character_described_by_a_job_is_no_crew() -> None:
    found = facts(
        "Mia Torres, who played the theatre's ruthless director Vera Slade in series one, "
        "will not return."
    )
    assert credits(found) == set()
    assert {(c.actor, c.character) for c in found.cast} == {("Mia Torres", "Vera Slade")}


def test_an_original_director_who_left_is_no_credit() -> None:
    found = facts(
        "Its original director, Ivo Brandt, left last winter, and the film is now credited to "
        "Lena Ødegaard, its editor, who oversaw the reshoots.",
    )
    assert credits(found) == {("director", "Lena Ødegaard"), ("editor", "Lena Ødegaard")}


def test_more_credit_phrasings() -> None:
    found = facts(
        "Omar Sidi (Old Roads) directs, and Ravi Shah exec produces alongside Ana Bell and "
        "stars Mia Torres and Leo Park. Jorge Peña is casting.",
        "The series was created by the Welsh writer Íde Ní Mhaoil, and adapted by Petra Hale "
        "from her own 2019 novel.",
        "Cara Lin and Hale are executive producers.",
    )
    assert credits(found) == {
        ("director", "Omar Sidi"),
        ("executive_producer", "Ravi Shah"),
        ("executive_producer", "Ana Bell"),
        ("executive_producer", "Mia Torres"),
        ("executive_producer", "Leo Park"),
        ("casting_director", "Jorge Peña"),
        ("creator", "Íde Ní Mhaoil"),
        ("writer", "Íde Ní Mhaoil"),
        ("writer", "Petra Hale"),
        ("author", "Petra Hale"),
        ("executive_producer", "Cara Lin"),
        ("executive_producer", "Petra Hale"),
    }


def test_based_on_their_novels_and_who_created_the_production() -> None:
    found = facts(
        "The Lanterns movie opens soon.",
        "Written by Ana Bell, based on their graphic novel series Lanterns",
        "Ravi Shah, who created Lanterns and produced the film, was on set.",
    )
    assert {("writer", "Ana Bell"), ("author", "Ana Bell"), ("creator", "Ravi Shah")} <= credits(
        found
    )


def test_a_novel_the_film_adapts_is_no_other_production() -> None:
    found = facts("Dev Roy wrote the screenplay, adapting Ana Bell’s 2019 novel “Ferjan.”")
    assert credits(found) == {("writer", "Dev Roy"), ("author", "Ana Bell")}


def test_a_writer_director_holds_both_credits() -> None:
    found = facts("Cameras rolled today, writer-director Noor Vance announced.")
    assert credits(found) == {("writer", "Noor Vance"), ("director", "Noor Vance")}


def test_the_works_own_relative_clause() -> None:
    found = facts("The film, which Petra Hale wrote and Omar Sidi directed, follows two sisters.")
    assert credits(found) == {("writer", "Petra Hale"), ("director", "Omar Sidi")}


def test_a_co_writer_after_with() -> None:
    found = facts(
        "Omar Sidi, whose 2022 feature “Saltvand” played at Cannes, wrote the script with "
        "Irish playwright Fintan Kerr."
    )
    assert credits(found) == {("writer", "Omar Sidi"), ("writer", "Fintan Kerr")}


def test_scores_by_name_and_by_phrasing() -> None:
    assert credits(facts("The closing minutes bring back Lena Holt’s score.")) == {
        ("composer", "Lena Holt")
    }
    assert credits(facts("Lena Holt is back to write the score, and Ben Ortiz is editing.")) >= {
        ("composer", "Lena Holt"),
        ("editor", "Ben Ortiz"),
    }
    assert credits(facts("The score is by Swedish composer Lena Holt.")) == {
        ("composer", "Lena Holt")
    }


def test_the_source_and_its_maker() -> None:
    # The story's maker is its source's author; a creator only where the article speaks of one.
    assert credits(facts("It closes the story Petra Hale began as a webcomic in 2016.")) == {
        ("author", "Petra Hale"),
    }
    found = facts(
        "Omar Sidi directs from Petra Hale's own screenplay, which is adapted from their "
        "upcoming third volume."
    )
    assert credits(found) >= {("director", "Omar Sidi"), ("author", "Petra Hale")}
    found = facts(
        "Taking the stage, Petra Hale, who wrote the film as well as the graphic novels it is "
        "based on, kept it short."
    )
    assert ("author", "Petra Hale") in credits(found)
    found = facts("Sidi adapted the screenplay from Petra Hale's 2021 YA novel of the same name.")
    assert ("author", "Petra Hale") in credits(found)


def test_press_release_credit_sentences() -> None:
    found = facts(
        "The series is directed by Ana Lutz (block one) and Dev Roy (block two).",
        "Executive producers are Cara Lin and Ben Ortiz for Kestrel Pictures and Omar Sidi "
        "for Channel 9.",
        "Casting is by Imani Cole.",
    )
    assert credits(found) == {
        ("director", "Ana Lutz"),
        ("director", "Dev Roy"),
        ("executive_producer", "Cara Lin"),
        ("executive_producer", "Ben Ortiz"),
        ("executive_producer", "Omar Sidi"),
        ("casting_director", "Imani Cole"),
    }


def test_has_executive_produced_every_instalment() -> None:
    found = facts("Cara Lin, who has executive produced every instalment, says it is over.")
    assert credits(found) == {("executive_producer", "Cara Lin")}


def test_a_directors_other_credits_do_not_hide_the_credit() -> None:
    found = facts("Omar Sidi, whose credits include Still Water, remains on board to direct.")
    assert credits(found) == {("director", "Omar Sidi")}


def test_role_words_after_by() -> None:
    assert credits(
        facts("The film is directed by Omar Sidi from a script by the show's creator, Petra Hale.")
    ) == {("director", "Omar Sidi"), ("writer", "Petra Hale"), ("creator", "Petra Hale")}
    found = facts(
        "“Salt Flats,” written and directed by Oregon native Ines Alba, shoots in March.",
        title="Indie drama 'Salt Flats' to start filming in March",
    )
    assert credits(found) == {("writer", "Ines Alba"), ("director", "Ines Alba")}


def test_a_name_after_a_credit_is_not_a_list_without_and() -> None:
    found = facts(
        "Written by Petra Hale and directed by Omar Sidi, Glass Harbour follows two boys."
    )
    assert credits(found) == {("writer", "Petra Hale"), ("director", "Omar Sidi")}


def test_press_release_credits_mid_sentence_and_producing_with() -> None:
    found = facts(
        "Cara Lin, an executive producer on the film for Kestrel, spoke first.",
        "The director of photography is Lars Holm, the editor is Rosa Acht and the original "
        "score is by Kris Arna.",
        "Grehan Doyle executive produces with Mara Okon and Conal Breen for Tallow Films.",
    )
    assert credits(found) == {
        ("executive_producer", "Cara Lin"),
        ("cinematographer", "Lars Holm"),
        ("editor", "Rosa Acht"),
        ("composer", "Kris Arna"),
        ("executive_producer", "Grehan Doyle"),
        ("executive_producer", "Mara Okon"),
        ("executive_producer", "Conal Breen"),
    }


def test_the_composer_taken_over_from_holds_no_credit() -> None:
    found = facts(
        "Portuguese composer Lucia Ferro will score the film, taking over from series composer "
        "Adi Chase."
    )
    assert credits(found) == {("composer", "Lucia Ferro")}


def test_is_writing_it_and_a_showrunner_in_a_list() -> None:
    assert credits(facts("Lumen has confirmed that Petra Hale is writing it.")) == {
        ("writer", "Petra Hale")
    }
    assert credits(facts("Creator and showrunner Delia Marsh posted a photo.")) == {
        ("creator", "Delia Marsh")
    }


def test_credit_shapes_with_asides_and_nouns() -> None:
    found = facts(
        "The series was directed by Bart Ziel, the film-maker behind the thriller Cold "
        "Harbour, who pushed everyone.",
        "Ruai Donn is cinematographer and casting is by Mari Ebdon.",
        "Jules Ferr (“Les Âmes”) is director of photography.",
        "Ingrid Hal wrote the screenplay with Petra Lind and will direct.",
        "Cathal Bren, who also wrote every episode, is keeping quiet.",
        "Petra Hale, who created the graphic novels on which the series is based, visited.",
    )
    assert credits(found) == {
        ("director", "Bart Ziel"),
        ("cinematographer", "Ruai Donn"),
        ("casting_director", "Mari Ebdon"),
        ("cinematographer", "Jules Ferr"),
        ("writer", "Ingrid Hal"),
        ("writer", "Petra Lind"),
        ("director", "Ingrid Hal"),
        ("writer", "Cathal Bren"),
        ("author", "Petra Hale"),
    }


def test_credits_told_in_clauses_and_possessives() -> None:
    assert credits(
        facts(
            "The first season was directed by Euan Lyn, who has stayed on as an executive "
            "producer ever since."
        )
    ) == {("executive_producer", "Euan Lyn")}
    found = facts(
        "Brackwater’s creator and writer, Fen Oduya, met her early.",
        title="The sound of Brackwater",
    )
    assert credits(found) == {("creator", "Fen Oduya"), ("writer", "Fen Oduya")}
    found = facts(
        "Ximena Olav, 38, grew up in Valparaíso. She scored the first series and has returned.",
    )
    assert credits(found) == {("composer", "Ximena Olav")}
    found = facts("Ciara Mulv produces for Blue Lantern alongside Oslo’s Fjordlys Film.")
    assert credits(found) == {("producer", "Ciara Mulv")}
