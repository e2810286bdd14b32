"""A maker described between commas before "has signed on to direct" or "will direct", a
director "again behind the camera", and a co-writer in the production's title clause ("Title,
which X co-wrote with Y,") (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_described_film_maker_signed_on_to_direct() -> None:
    served = served_crew(
        "Ines Marlow, the Flemish filmmaker behind Tidewater, has signed on to direct."
    )
    assert ("director", "Ines Marlow") in served


def test_a_described_film_maker_who_will_direct() -> None:
    served = served_crew("Bram Kettle, the Welsh director behind Low Fields, will direct.")
    assert ("director", "Bram Kettle") in served


def test_a_director_again_behind_the_camera_after_a_who_clause() -> None:
    served = served_crew(
        "Ines Marlow, who directed Glass Orchard and Tidewater, is again behind the camera."
    )
    assert ("director", "Ines Marlow") in served


def test_a_director_back_behind_the_camera() -> None:
    assert ("director", "Bram Kettle") in served_crew("Bram Kettle is back behind the camera.")


def test_a_co_writer_in_the_title_clause() -> None:
    served = served_crew(
        "Thornfield, which Ines Marlow co-wrote with Teodor Vass, stars Amy Lee as Kit.",
        title="Ines Marlow's Thornfield sets its cast",
    )
    assert {("writer", "Ines Marlow"), ("writer", "Teodor Vass")} <= served


def test_a_described_co_writer_in_the_title_clause() -> None:
    served = served_crew(
        "Thornfield opens in May.",
        "Thornfield, which she wrote with her longtime collaborator Teodor Vass, was shot in "
        "Wales.",
        title="Ines Marlow's Thornfield gets a date",
    )
    assert ("writer", "Teodor Vass") in served


def test_a_co_director_in_the_title_clause_is_no_writer() -> None:
    served = served_crew(
        "Thornfield, which Ines Marlow directed with Teodor Vass, stars Amy Lee.",
        title="Ines Marlow's Thornfield sets its cast",
    )
    assert ("writer", "Teodor Vass") not in served


def test_a_writer_described_by_a_role_noun_before_a_who_clause() -> None:
    served = served_crew(
        "Teodor Vass, the Thornfield author, who has also written the screenplay, was on set."
    )
    assert ("writer", "Teodor Vass") in served


def test_a_writer_described_as_a_novelist_before_a_who_clause() -> None:
    served = served_crew("Mara Quill, the Dutch novelist, who wrote the screenplay, spoke to us.")
    assert ("writer", "Mara Quill") in served


def test_a_creator_who_also_wrote_all_the_episodes() -> None:
    served = served_crew(
        "Teodor Vass created the series and wrote all six episodes; Mara Quill directs."
    )
    assert {("creator", "Teodor Vass"), ("writer", "Teodor Vass")} <= served
    assert ("writer", "Mara Quill") not in served


def test_a_deviser_who_also_wrote_every_episode() -> None:
    served = served_crew("Mara Quill devised the show and wrote every episode herself.")
    assert ("writer", "Mara Quill") in served
