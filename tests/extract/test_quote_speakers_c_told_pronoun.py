"""A sentence whose named subject tells or asks "her" or "him" ("X, who plays Y, told her the
tune made him cry") is about someone X spoke to: the "she says" after it is that one's (looked
for further back), never X's. A lone count cut from a verbless line ("Two more chords, softer.")
is no unnamed someone who speaks."""

from bot.extract.pronoun_objects import subject_acts_on
from tests.extract.helpers import facts

_TITLE = "Renata Oyelowo-Brandt: the composer who gave Lantern Yard its pulse"


def _served(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=_TITLE).quotes if q.served}


def test_an_actor_who_told_her_something_is_not_the_she_who_laughs() -> None:
    served = _served(
        "Renata Oyelowo-Brandt scored Lantern Yard, the Harrowgate drama directed by Tobias "
        "Quenby, out on Netflix in June. It stars Fenwick Adair-Lowe as Jory Rook.",
        "Fenwick Adair-Lowe, who plays Jory, told her one theme made him miss a cue. “He was "
        "lovely about it,” she laughs.",
    )
    assert served.get("He was lovely about it") in (None, "Renata Oyelowo-Brandt")


def test_a_director_who_asked_him_is_not_the_he_who_says() -> None:
    served = _served(
        "Renata Oyelowo-Brandt scored Lantern Yard, the Harrowgate drama directed by Tobias "
        "Quenby, out on Netflix in June. Her orchestrator is Piet Marlowe-Kaye.",
        "Marlowe-Kaye wrote the brass parts in a fortnight. Producer Ilsa Brennock later "
        "asked him for a second suite. “I said no twice,” he says.",
    )
    assert served.get("I said no twice") in (None, "Piet Marlowe-Kaye")


def test_only_a_subject_telling_the_pronouns_person_is_set_apart() -> None:
    told = "Ilsa Brennock, who runs the label, told her the tapes were lost."
    assert subject_acts_on(told, 0, "Ilsa Brennock", "she")
    assert not subject_acts_on(told, 0, "Ilsa Brennock", "he")
    assert not subject_acts_on("Ilsa Brennock told her mother first.", 0, "Ilsa Brennock", "she")
    asked = "Piet Marlowe-Kaye once asked him to stay."
    assert subject_acts_on(asked, 0, "Piet Marlowe-Kaye", "he")


def test_a_lone_count_opening_a_verbless_line_is_no_one() -> None:
    served = _served(
        "In a rented attic in Margate, Renata Oyelowo-Brandt plays three chords on a harmonium. "
        "“That's Tamsin,” she says. Two more chords, softer. “And that's her brother.”",
    )
    assert served.get("And that's her brother.") in (None, "Renata Oyelowo-Brandt")
    assert "an unnamed person" not in served.values()
