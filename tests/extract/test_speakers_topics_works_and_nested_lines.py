"""Quote speakers on invented text: a name set before "he says," as the topic of his words, a
debut's title with its year in brackets, a line nested in another's quotation, a passive whose
agent follows the words, "words from X, who told us ... :", a company's unnamed head of a
department and a contrasting "while" clause's own subject."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    """Served quote (first 18 characters) to its speaker."""
    return {q.text[:18]: q.speaker for q in facts(*paragraphs).quotes if q.served}


_PROFILE = "Profile: Ravi Denholm on growing up in public and his last film as Sol."


def test_a_name_before_he_says_and_the_words_is_his_topic_not_the_sayer() -> None:
    found = facts(
        "Ravi Denholm has grown up on screen.",
        "On the film itself, Denholm is protective. Director Ada Vale, he says, “let us grow "
        "up, which the show never could”. He praises newcomer Tom Reed, who plays Sol’s "
        "brother. “He came in for a week and made everyone sharper.”",
        title=_PROFILE,
    )
    said = {q.text[:18]: q.speaker for q in found.quotes if q.served}
    assert said["let us grow up, wh"] == "Ravi Denholm"
    assert said["He came in for a w"] == "Ravi Denholm"


def test_a_name_before_he_says_and_its_own_verb_is_still_the_subject() -> None:
    said = _speakers(
        _PROFILE,
        "Director Ada Vale, he says, wanted the film to look “a little colder” than the series.",
    )
    assert said["a little colder"] == "Ada Vale"


def test_a_debuts_title_with_its_year_is_no_one_a_pronoun_stands_for() -> None:
    said = _speakers(
        "The Slow Reel: Pol Dunmore on Grey Water, his lighthouse drama.",
        "There's a fun detour on Dunmore's debut, Tin Harbour (2019), which starred Ines Fairley "
        'as a Hull bartender. He says Fairley "still sends me postcards".',
    )
    assert said["still sends me pos"] == "Pol Dunmore"


def test_a_line_said_inside_another_quotation_is_the_sayers() -> None:
    said = _speakers(
        "Podcast: Ada Vale and Sam Orrin look back on Fernhollow.",
        "‘We were the messy couple,’ Orrin says.",
        "Orrin, who plays Jem, talks about the ending. ‘Ada rang me before the script went out "
        "and said, “I think Jem deserves this,” and I cried,’ they recall.",
    )
    assert said["Ada rang me before"] == "Sam Orrin"
    assert said["I think Jem deserv"] == "Ada Vale"


def test_a_line_the_speaker_says_they_said_stays_theirs() -> None:
    said = _speakers(
        "Podcast: Sam Orrin looks back on Fernhollow.",
        "‘We were the messy couple,’ Orrin says.",
        "‘I rang the producers and said, “I think Jem deserves this,” and they agreed,’ Orrin "
        "recalls.",
    )
    assert said["I think Jem deserv"] == "Sam Orrin"


def test_words_a_passive_gives_to_an_agent_after_them_are_not_the_subjects() -> None:
    said = _speakers(
        "The Slow Reel: Pol Dunmore on Grey Water, his lighthouse drama.",
        'Dunmore admits the project was declared "unshootable" by at least two studios. '
        '"Everybody said no," he tells the host.',
    )
    assert "unshootable" not in said
    assert said["Everybody said no"] == "Pol Dunmore"


def test_words_from_someone_who_told_us_where_and_when_are_theirs() -> None:
    said = _speakers(
        "Live: Fernhollow premiere, as it happened.",
        'Some kind words from director Ada Vale, who told us on the carpet last night: "These '
        'kids grew up on camera."',
    )
    assert said["These kids grew up"] == "Ada Vale"


def test_a_companys_unnamed_head_of_a_department_is_not_the_subject_before() -> None:
    said = _speakers(
        "Exclusive: Fernhollow film adds its crew.",
        "Ada Vale, whose credits include Dune Light, was announced as director in April. At the "
        'time, Tidewell\'s head of UK drama said the company had "found the right person".',
    )
    assert said["found the right pe"] == ""


def test_words_of_a_while_clauses_own_subject_are_not_the_sayers() -> None:
    said = _speakers(
        "What to watch this week.",
        "Tidewell has confirmed that the drama Low Orchard will arrive on 8 May, while "
        'Brightcast\'s thriller Halverwood is "expected this summer".',
    )
    assert said["expected this summ"] == ""


def test_a_by_inside_the_words_leaves_them_the_sayers() -> None:
    said = _speakers(
        "The Slow Reel: Pol Dunmore on Grey Water, his lighthouse drama.",
        'Dunmore admits he was declared "a lost cause by everyone I knew" and laughs.',
    )
    assert said["a lost cause by ev"] == "Pol Dunmore"


def test_a_head_of_a_department_named_after_it_speaks() -> None:
    said = _speakers(
        "Exclusive: Fernhollow film adds its crew.",
        "Ada Vale was announced as director in April. At the time, Tidewell's head of UK drama, "
        'Mina Ocampo, said the company had "found the right person".',
    )
    assert said["found the right pe"] == "Mina Ocampo"


def test_a_while_clause_with_its_own_sayer_keeps_them() -> None:
    said = _speakers(
        "What to watch this week.",
        "Tidewell has confirmed that the drama Low Orchard will arrive on 8 May, while its star "
        'Ada Vale said it was "a joy to make".',
    )
    assert said["a joy to make"] == "Ada Vale"


_COMPOSER = "Composer Ada Vale on scoring the thriller Low Orchard."


def test_a_sentence_opening_on_a_persons_possession_gives_her_to_she_says() -> None:
    found = facts(
        "Ada Vale scored the thriller Low Orchard, out in May.",
        "Ada Vale's studio in a converted Filey boathouse is full of odd things. There is a "
        "bell with a crack in it, and a drum.",
        '"That\'s my whole kit," she says.',
        title=_COMPOSER,
    )
    said = {q.text[:18]: q.speaker for q in found.quotes if q.served}
    assert said["That's my whole ki"] == "Ada Vale"


def test_a_possession_of_someone_the_article_is_not_about_gives_no_one_to_she_says() -> None:
    said = _speakers(
        _COMPOSER,
        "Sam Orrin's shed is full of half-built drums. There is a bell with a crack in it.",
        '"Most of them never work," she says.',
    )
    assert said.get("Most of them never", "") == ""


def test_a_companys_work_gives_no_one_to_she_says() -> None:
    said = _speakers(
        _COMPOSER,
        "Tidewell's new drama is full of odd sounds. There is a bell with a crack in it, and a "
        "drum.",
        '"That\'s my whole kit," she says.',
    )
    assert said["That's my whole ki"] == ""


def test_a_persons_work_opening_a_sentence_gives_her_to_no_he_says() -> None:
    said = _speakers(
        "Profile: Tom Reed on growing up on screen.",
        "Then came Fernhollow. Ada Vale's comic adaptation premiered in April 2022 and made Reed "
        "famous almost overnight.",
        'In 2024 he made his stage debut. He calls it "the hardest thing I\'ve ever done".',
    )
    assert said["the hardest thing "] == ""
