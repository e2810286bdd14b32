"""Crew: 'direct' as an adjective, particles, first names, credit labels and nouns; kinds of
failure met in blind batch 7, each on invented text (none of its names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_credits


def test_direct_as_an_adjective_credits_no_director() -> None:
    found = facts(
        "Ada Pell and Rob Kwan walked the carpet together at the Lantern Bay gala.",
        "Kwan was a bit more direct: 'Ask me tomorrow.' Pell was very direct about it too.",
    )
    assert not any(role == "director" for role, _ in credits(found))


def test_direct_as_a_verb_still_credits() -> None:
    found = facts("Rob Kwan will direct the Lantern Bay film from a script by Ada Pell.")
    assert ("director", "Rob Kwan") in credits(found)


def test_a_name_with_a_lowercase_particle_is_credited_whole() -> None:
    found = facts("Writer Ceri Morgan executive produces alongside Dafydd ab Owain for Bryn Films.")
    assert ("executive_producer", "Dafydd ab Owain") in credits(found)
    assert ("executive_producer", "Dafydd") not in credits(found)


def test_a_first_name_that_opens_a_longer_name_is_held_as_crew() -> None:
    found = facts(
        "Marta Quill will direct Lantern Bay.",
        "Ivo executive produces. Ivo Brennan-Holt joined the company last year.",
    )
    served = served_credits(found)
    assert ("executive_producer", "Ivo") not in served


def test_a_surname_alone_stays_credited() -> None:
    found = facts("Behind the camera, Kwan is directing from a script.", title="Lantern Bay")
    assert ("director", "Kwan") in served_credits(found)


def test_behind_the_camera_is_a_director() -> None:
    found = facts(
        "Rob Kwan, who directed the thriller Low Water, is behind the camera on Lantern Bay."
    )
    assert ("director", "Rob Kwan") in credits(found)


def test_directed_by_a_described_film_maker() -> None:
    found = facts("Lantern Bay is directed by the Norwegian film-maker Sigrid Haugen.")
    assert ("director", "Sigrid Haugen") in credits(found)


def test_with_names_as_executive_producers() -> None:
    found = facts(
        "Lantern Bay is produced by Tidewater Films, with Mia Sorensen and Tom Varga as "
        "executive producers."
    )
    assert {("executive_producer", "Mia Sorensen"), ("executive_producer", "Tom Varga")} <= (
        credits(found)
    )


def test_credit_line_labels_and_noun_credits() -> None:
    found = facts(
        "The Lantern Bay film arrives in May.",
        "Directed by: Rob Kwan",
        "Original Music: Ada Pell",
        "Casting: Joel Abara",
        "It was shot in Wales, with cinematography by Mia Sorensen and editing by Tom Varga.",
    )
    assert {
        ("director", "Rob Kwan"),
        ("composer", "Ada Pell"),
        ("casting_director", "Joel Abara"),
        ("cinematographer", "Mia Sorensen"),
        ("editor", "Tom Varga"),
    } <= credits(found)


def test_a_colon_inside_a_sentence_is_no_credit_label() -> None:
    found = facts("The Lantern Bay crew had one rule on casting: Joel Abara picks the extras.")
    assert ("casting_director", "Joel Abara") not in credits(found)


def test_a_screenplay_written_with_someone_credits_both() -> None:
    found = facts("Rob Kwan directs Lantern Bay from a screenplay he co-wrote with Mia Sorensen.")
    assert {("writer", "Rob Kwan"), ("writer", "Mia Sorensen")} <= credits(found)
