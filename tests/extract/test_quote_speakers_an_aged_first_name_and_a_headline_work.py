"""A sentence about someone told only by an age and a first name ends a pronoun's search (her
words are no one's we can name, never the critic's named before); and a headline's name the
body writes only as a work is no profile subject to give a bare "she told us" to."""

from tests.extract.helpers import facts

_CRITIC = "Tomas Reyer, our critic, said in Monday's paper that the film was “a little long”."


def _speakers(*paragraphs: str, title: str | None = None) -> list[str]:
    return [q.speaker for q in facts(*paragraphs, title=title).quotes if q.served]


def test_an_aged_first_name_is_not_the_critic_before() -> None:
    for fan in (
        "Among the fans in the queue, 16-year-old Mirela from Tarbes had seen the series "
        "twice. “It is the first story that felt like mine,” she said.",
        "Outside, a 19-year-old Joel waited with a banner. “I cried twice,” he said.",
    ):
        found = _speakers(_CRITIC, fan)
        assert found.count("Tomas Reyer") == 1, fan  # only the critic's own words


def test_a_full_name_after_an_age_still_speaks() -> None:
    found = _speakers(
        _CRITIC,
        "Outside, 19-year-old Joel Ambrose waited with a banner. “I cried twice,” he said.",
    )
    assert found.count("Joel Ambrose") == 1


def test_a_headline_title_is_no_one_to_speak() -> None:
    found = _speakers(
        "Nearly 900 people came to an advance screening of Lanternfall Rising at the Odéon.",
        "The evening was hosted by a local radio presenter. She asked the room to put their "
        "phones away. “They wanted to watch,” she told us afterwards.",
        title="Lanternfall Rising: Tarbes says farewell to the lighthouse keepers",
    )
    assert "Lanternfall Rising" not in found
