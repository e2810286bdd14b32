"""A sentence whose named subject acts on "her" or "him" ("Casting director X called her back")
tells of what was done to the pronoun's person: the "she says" after it is not the doer's."""

from bot.extract.pronoun_objects import acts_on
from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str | None = None) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


_LEDE = (
    "Marisol Quenby-Arden has spent ten years on stage. Now she plays Tamsin Rook in the "
    "Harrowgate series Lantern Yard, out on Netflix in June."
)


def test_a_casting_director_who_called_her_back_is_not_the_she_who_says() -> None:
    served = _served(
        _LEDE,
        "She sent in a self-tape from her flat. Casting director Philippa Dunmore-Ashe called "
        "her back within two days.",
        "“I’d nearly given up on the audition,” she says. “Then the phone rang.”",
    )
    assert served.get("I’d nearly given up on the audition") != "Philippa Dunmore-Ashe"
    assert served.get("Then the phone rang.") != "Philippa Dunmore-Ashe"


def test_a_producer_who_signed_her_up_is_not_the_she_who_says() -> None:
    served = _served(
        _LEDE,
        "She had one scene in the pilot. Producer Henrietta Vasquez-Moor signed her up "
        "for the full run after a week.",
        "“It was the best week of my life,” she says.",
    )
    assert served.get("It was the best week of my life") != "Henrietta Vasquez-Moor"


def test_a_director_who_brought_him_in_is_not_the_he_who_says() -> None:
    served = _served(
        "Osric Penhallow-Dyer has spent ten years on stage. Now he plays Jory Tremain in the "
        "Harrowgate series Lantern Yard, out on Netflix in June.",
        "He read for a smaller part. Director Ambrose Kettleby brought him back in for the lead.",
        "“I didn’t believe it for a month,” he says.",
    )
    assert served.get("I didn’t believe it for a month") != "Ambrose Kettleby"


def test_a_sentence_where_one_named_brings_him_something_is_about_him() -> None:
    served = _served(
        "Cinematographer Radomir Kostelecky-Vane on lighting ‘Lantern Yard’",
        "Radomir Kostelecky-Vane shot the Harrowgate series Lantern Yard last spring.",
        "He speaks warmly of the actors. Edwina Marchbank, who plays Tamsin, asked to see every "
        "test; Rupert Ollerenshaw, who plays Jory, brought him biscuits from a shop in Leeds.",
        "“The crew teased my accent for a week,” he says.",
    )
    got = served.get("The crew teased my accent for a week")
    assert got not in ("Edwina Marchbank", "Rupert Ollerenshaw")


def test_a_copula_or_an_owner_is_no_act_on_the_pronoun_but_common_verbs_are() -> None:
    assert not acts_on("Kettleby says it was him ", "he")
    assert not acts_on("Kettleby has his ", "he")
    assert not acts_on("Dunmore’s mother raised her, and ", "she")
    for verb in ("cast", "gave", "let", "hired"):
        assert acts_on(f"Kettleby {verb} him ", "he"), verb
