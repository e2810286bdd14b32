"""A "she says" never goes to a man the article names as "her brother" (an actor who plays the
subject's brother, father or son), nor to "the way other people ..." (a manner, no speaker): in
a cover story whose headline names its subject, the quotes are the subject's."""

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_she_says_after_the_actor_who_plays_her_brother_is_the_subjects() -> None:
    served = _served(
        "Mira Castellane spent a year in Svalbard for Polar Night, and came home changed.",
        "The first thing Mira Castellane does when she reaches the café is take off her shoes.",
        "Castellane plays Runa Heller, a geologist who stays too long. Pavel Orlicky plays her "
        "older brother, Tomas Heller, who wants to leave.",
        "“The script said ‘Runa waits’ on every page,” she says. “And we waited.”",
        title="Mira Castellane: ‘I learned to love the dark’",
    )
    assert served.get("The script said ‘Runa waits’ on every page") == "Mira Castellane"
    assert "Pavel Orlicky" not in served.values()


def test_he_says_after_the_actor_who_plays_his_mother_is_the_subjects() -> None:
    served = _served(
        "Idris Penhallow-Quayle has waited ten years to make Tidewrack.",
        "Penhallow-Quayle plays Cass Merriot, a trawlerman. Sunniva Haldorsen plays his mother, "
        "Dora, who runs the harbour café.",
        "“Nobody on the boats talks about fear,” he says. “So I had to find it myself.”",
        title="Idris Penhallow-Quayle: ‘The sea decides’",
    )
    assert served.get("Nobody on the boats talks about fear") == "Idris Penhallow-Quayle"
    assert "Sunniva Haldorsen" not in served.values()


def test_the_way_other_people_is_no_speaker() -> None:
    served = _served(
        "Mira Castellane spent a year in Svalbard for Polar Night, and came home changed.",
        "The first thing Mira Castellane does when she reaches the café is take off her shoes. "
        "She sits on the floor, the way other people sit by a campfire.",
        "“Forgive me,” she says, smiling. “The floor is honest.”",
        title="Mira Castellane: ‘I learned to love the dark’",
    )
    assert served.get("Forgive me") == "Mira Castellane"
    assert "the way other people" not in served.values()


def test_no_subject_in_the_headline_leaves_the_brothers_actor_unserved() -> None:
    served = _served(
        "A new drama about a family of lighthouse keepers starts filming next month.",
        "Mira Castellane plays Runa Heller. Pavel Orlicky plays her older brother, Tomas.",
        "“It is a quiet story,” she says.",
        title="Polar Night: everything we know",
    )
    assert served.get("It is a quiet story") != "Pavel Orlicky"


def test_playing_his_brothers_wife_makes_no_man() -> None:
    served = _served(
        "Kerra Dunstan has waited six years to work with the director of Fenwick Row again.",
        "Piran Scobey plays Ned Arlow, a ferryman. Kerra Dunstan plays his brother’s wife, "
        "Elsa, who keeps the books.",
        "“Elsa counts everything twice,” she says. “I liked her at once.”",
        title="Kerra Dunstan: ‘I count everything twice’",
    )
    assert served.get("Elsa counts everything twice") == "Kerra Dunstan"


def test_the_familys_father_with_a_straight_apostrophe_is_a_man() -> None:
    served = _served(
        "Kerra Dunstan has waited six years to work with the director of Fenwick Row again.",
        "Dunstan plays Elsa Arlow, a bookkeeper. Piran Scobey plays the family's father, "
        "Ned, who runs the ferry.",
        "“Elsa counts everything twice,” she says. “I liked her at once.”",
        title="Kerra Dunstan: ‘I count everything twice’",
    )
    assert served.get("Elsa counts everything twice") == "Kerra Dunstan"
    assert "Piran Scobey" not in served.values()
