"""A first name paired with a full name: after a kin noun it shares the surname, else it is held."""

from tests.extract.helpers import credits, facts, served_credits, served_crew


def test_brothers_share_the_surname() -> None:
    found = served_crew(
        "Marigold Lane is coming to Netflix next year.",
        "The film is directed by Ruth Anand and written by brothers Piet and Joss Harrow-Vance.",
    )
    assert ("writer", "Piet Harrow-Vance") in found
    assert ("writer", "Joss Harrow-Vance") in found
    assert ("writer", "Piet") not in found


def test_twins_share_the_surname_before_another_credit() -> None:
    found = served_crew(
        "Copper Bay starts filming in June.",
        "It is written by twins Ada and Bea Quillon-Marsh and directed by Ruth Anand.",
    )
    assert ("writer", "Ada Quillon-Marsh") in found
    assert ("director", "Ruth Anand") in found


def test_first_name_paired_without_a_kin_noun_is_held() -> None:
    found = facts("Copper Bay starts filming in June.", "The script is by Lorne and Ezra Wickham.")
    assert ("writer", "Lorne") in credits(found)
    assert ("writer", "Lorne") not in served_credits(found)
    assert ("writer", "Ezra Wickham") in served_credits(found)
