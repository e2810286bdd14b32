"""An awards page's rival work, its makers or stars in an aside before its tally, is not ours."""

from tests.extract.helpers import facts, served_credits, served_pairs

_LEDE = (
    "Marrowfield Lights, the Cornish fishing drama that surprised everyone last spring, leads "
    "the Bafta nominations with eight."
)
_TITLE = "How Marrowfield Lights became the awards frontrunner"


def test_a_rival_with_its_star_as_a_part_is_not_our_cast() -> None:
    found = facts(
        _LEDE,
        "Lead actress nominee Tamsin Reave plays the skipper Jory Penrose in Marrowfield Lights.",
        "The Harrow Stone, with Ida Fenn as the widowed ferrywoman Maud Kell, earned four "
        "nominations, including leading actress.",
        title=_TITLE,
    )
    assert ("Tamsin Reave", "Jory Penrose") in served_pairs(found)
    assert ("Ida Fenn", "Maud Kell") not in served_pairs(found)


def test_a_rival_starring_an_actor_in_a_bare_tally_is_not_our_cast() -> None:
    found = facts(
        _LEDE,
        "Velvet Hours, starring Corin Blake as the jazz pianist Lew Harte, has six, and "
        "the rest of the field trails far behind.",
        title=_TITLE,
    )
    assert ("Corin Blake", "Lew Harte") not in served_pairs(found)


def test_a_rival_from_a_director_is_not_our_director() -> None:
    found = facts(
        _LEDE,
        "Marrowfield Lights was directed by Senna Rowe-Ibbot.",
        "The competition is close. The Leeds-set Brine Lane, from director Otto Quellmann, has "
        "three, and Pia Lund is nominated for her turn in Quiet Acre.",
        title=_TITLE,
    )
    assert ("director", "Senna Rowe-Ibbot") in served_credits(found)
    assert ("director", "Otto Quellmann") not in served_credits(found)


def test_a_rival_written_by_someone_with_its_nominations_is_not_our_writer() -> None:
    found = facts(
        _LEDE,
        "The Tin Orchard, written by Bram Ashcombe, picked up five nominations.",
        title=_TITLE,
    )
    assert ("writer", "Bram Ashcombe") not in served_credits(found)
