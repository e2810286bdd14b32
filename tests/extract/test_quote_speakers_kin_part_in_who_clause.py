"""A "he said" never goes to a woman the article casts, in a relative clause after her name, as
a named character's mother or sister ("Ada Vale, who plays Tom's mother, said ..."): the kin
part makes her "she", so the later "he" is someone else's (the profile's subject)."""

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


def test_he_said_after_the_actress_who_plays_a_characters_mother() -> None:
    served = _served(
        "Corvin Ashdale was nine when he got his first screen credit.",
        "“I had no idea what it would become,” Ashdale told us last month.",
        "He plays Piers across three seasons of Lowmere Tide. Sunniva Haldorsen, who plays "
        "Piers's mother, Dora, said on set that Ashdale was “far too calm for his age”.",
        "What comes next, he says, is undecided. “I want to be frightened by something,” he said.",
        title="Corvin Ashdale: the boy who grew up on screen",
    )
    assert served.get("I want to be frightened by something") == "Corvin Ashdale"


def test_he_said_after_the_actress_who_played_a_characters_older_sister() -> None:
    served = _served(
        "Corvin Ashdale was nine when he got his first screen credit.",
        "“It was only meant to be a small show,” Ashdale told us in March.",
        "He plays Piers in Lowmere Tide. Marit Quell, who played Piers’s older sister, Ines, "
        "said the set was “the calmest I have known”.",
        "Next, he says, is a stage role. “I want to be on stage before I am thirty,” he said.",
        title="Corvin Ashdale: the boy who grew up on screen",
    )
    assert served.get("I want to be on stage before I am thirty") == "Corvin Ashdale"


def test_she_said_after_the_actress_who_plays_a_characters_mother_stays_hers() -> None:
    served = _served(
        "Lowmere Tide returns for a third season in the spring.",
        "Sunniva Haldorsen, who plays Piers's mother, Dora, spoke to us on set.",
        "“Dora has secrets this year,” she said.",
        title="Lowmere Tide: everything we know",
    )
    assert served.get("Dora has secrets this year") == "Sunniva Haldorsen"
