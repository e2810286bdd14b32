"""A live blog's correction: what an earlier version of the blog said is no credit."""

from tests.extract.helpers import served_crew


def test_earlier_version_of_this_blog_retracts_the_credit() -> None:
    found = served_crew(
        "Marigold Lane premiered tonight.",
        "CORRECTION: An earlier version of this blog said the film’s score was composed by Oren "
        "Valdez. Valdez is the film’s cinematographer; the score is by Lise Marchetti.",
    )
    assert ("composer", "Oren Valdez") not in found
    assert ("cinematographer", "Oren Valdez") in found
    assert ("composer", "Lise Marchetti") in found


def test_earlier_version_of_the_live_blog_retracts_the_credit() -> None:
    found = served_crew(
        "Copper Bay premiered in Leeds tonight.",
        "Correction: an earlier version of the live blog said the film was edited by Nia Brandt. "
        "Brandt is the film's composer; the editor is Tove Ekdahl.",
    )
    assert ("editor", "Nia Brandt") not in found
    assert ("composer", "Nia Brandt") in found
    assert ("editor", "Tove Ekdahl") in found
