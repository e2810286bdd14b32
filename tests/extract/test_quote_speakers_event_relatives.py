"""A speaker met in an event's relative clause ("a panel at which Cobb, who plays Hobb, spoke"):
"he said" after it is that speaker's, not an earlier subject's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_name_after_at_which_is_the_pronouns_antecedent() -> None:
    found = facts(
        "There were tears at the Harbour Rooms on Saturday, when Saltwhistle closed the festival.",
        "Director Ysolde Crane introduced the film with cast members Tam Orrin and Feren Cobb.",
        "Orrin, who plays Mira, drew cheers when he thanked “the fans who stuck with us”.",
        "Other highlights this year included Gull Reach, a drama starring Ada Penhale.",
        "The festival, which ran from 11 March, also hosted a panel on teen television at which "
        "Cobb, who plays Hobb Lantern, spoke about the show's reach. “A kid sent me a letter,” he"
        " said.",
    )
    speakers = dict(served_quotes(found))
    assert speakers.get("A kid sent m") == "Feren Cobb"
