"""An apposition ending in "who" hands the verb back to the name ("X, the Danish editor who cut
the film"); a nationality after an article is never the person credited; and a director the
article names elsewhere who "shot" the film is filming it, not credited as cinematographer."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_an_apposition_ending_in_who_credits_the_name_before_it() -> None:
    found = facts(
        "Two people made the finale what it is: Orla Brenning, the Danish editor who cut the "
        "film, and Pim Vastrow, who chose its music."
    )
    assert ("editor", "Orla Brenning") in credits(found)
    assert not any(name == "Danish" for _, name in credits(found))
    found = facts(
        "We spoke to Ines Carrow, the veteran Scottish cinematographer who shot the feature, "
        "about the long night shoots."
    )
    assert ("cinematographer", "Ines Carrow") in credits(found)
    assert not any(name == "Scottish" for _, name in credits(found))


def test_a_nationality_after_an_article_is_no_name() -> None:
    found = facts("Nobody knew the Welsh editor who cut the film until the premiere.")
    assert not any(name == "Welsh" for _, name in credits(found))


def test_a_nationality_after_the_sentences_opening_article_is_no_name() -> None:
    found = facts("The Peruvian filmmaker will direct Lowmarsh for Tandem Features.")
    assert not any(name == "Peruvian" for _, name in credits(found))


def test_a_two_word_name_after_the_sentences_opening_article_still_credits() -> None:
    found = facts("Lowmarsh gets a director. Teodor Vasko will direct it for Tandem Features.")
    assert ("director", "Teodor Vasko") in credits(found)


def test_a_director_named_earlier_who_shot_the_film_is_no_cinematographer() -> None:
    found = facts(
        "The director, Colm Aversley, still remembers the first audition.",
        "Aversley, whose earlier films were both comedies, shot the film across one wet spring.",
    )
    assert ("director", "Colm Aversley") in credits(found)
    assert ("cinematographer", "Colm Aversley") not in credits(found)
    found = facts(
        "Teodora Vukic directed the film for the streamer.",
        "Vukic shot the film in Split over eleven weeks, mostly at night.",
    )
    assert ("cinematographer", "Teodora Vukic") not in credits(found)


def test_a_named_camera_credit_for_someone_else_still_counts() -> None:
    found = facts(
        "Teodora Vukic directed the film for the streamer.",
        "Ansel Dorrey shot the film in Split over eleven weeks, mostly at night.",
    )
    assert ("cinematographer", "Ansel Dorrey") in credits(found)


def test_a_role_first_apposition_with_the_company_after_the_name_credits_the_name() -> None:
    found = facts("The film's producer, Hollis Brant of Tidewater Pictures, said it was a joy.")
    assert ("producer", "Hollis Brant") in credits(found)
    found = facts("The editor, Ilse Moor of Cutroom, agreed with every word.")
    assert ("editor", "Ilse Moor") in credits(found)
