"""A run of credits, each a name and a past verb with no object: "X directed, Y wrote the script,
and Z produced". The first verb credits its director though nothing is named after it."""

from tests.extract.helpers import served_crew


def test_directed_then_wrote_the_script() -> None:
    found = served_crew(
        "Filming wrapped in Devon last month.",
        "What we do know: Hester Quayle directed, Bram Osterley wrote the script, and Lina Marsh "
        "produced for Redcliff Films.",
    )
    assert ("director", "Hester Quayle") in found
    assert ("writer", "Bram Osterley") in found


def test_directed_and_scored() -> None:
    found = served_crew(
        "The Ninth Lock arrives on Sunday.",
        "Teodor Vance directed and Ilse Dorn scored, as on the first series.",
    )
    assert ("director", "Teodor Vance") in found


def test_co_directed_before_another_credit() -> None:
    found = served_crew(
        "Saltmarsh premieres at the festival tonight.",
        "Marek Sova co-directed, Ana Pell edited and Ruth Ames produced.",
    )
    assert ("director", "Marek Sova") in found


def test_passive_directed_is_not_this_form() -> None:
    found = served_crew(
        "Saltmarsh premieres at the festival tonight.",
        "It was directed, Ana Pell wrote on her blog, in a single summer.",
    )
    assert ("director", "Ana Pell") not in found


def test_pronoun_after_a_sentence_about_the_work_and_its_one_maker() -> None:
    found = served_crew(
        "Cameras roll on The Lantern Year.",
        "The film is the second feature of director Hester Quayle. She also wrote the screenplay.",
    )
    assert ("writer", "Hester Quayle") in found
