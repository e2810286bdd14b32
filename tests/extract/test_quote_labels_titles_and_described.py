"""Who speaks, checked: an interview label in capitals is the person as the article writes the
name; a title after a work noun is no quote; a name cut at a hyphen, a speaker only described
before a colon, a surname two people share and someone an answer spoke of before are never
credited with the words. Invented text, none of the batches' names."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(
    *paragraphs: str, title: str = "Lantern Bay: the shoot is over"
) -> list[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-02-10", title=title)
    return [(q.text[:14], q.speaker) for q in found.quotes if q.served]


def test_a_label_in_capitals_is_the_name_as_the_article_writes_it() -> None:
    for label, name in (
        ("PELLA OKONJO-VANCE", "Pella Okonjo-Vance"),
        ("ROSALIND TEAGUE", "Rosalind Teague"),
    ):
        found = _quotes(
            "Director Pella Okonjo-Vance and editor Rosalind Teague spoke to us over video.",
            "BRIGHTWIRE: How was the last day?",
            f"{label}: Quiet, mostly. We ate cake in the car park and went home.",
        )
        assert ("Quiet, mostly.", name) in found, found
        assert all(speaker != label for _, speaker in found), found


def test_a_label_in_capitals_the_article_never_writes_is_not_guessed() -> None:
    found = _quotes(
        "We spoke to the film's director over video.",
        "BRIGHTWIRE: How was the last day?",
        "TOMAS MCANDREW: Quiet, mostly. We ate cake in the car park.",
    )
    assert all(speaker != "TOMAS MCANDREW" for _, speaker in found), found


def test_a_title_after_a_work_noun_is_no_quote() -> None:
    for sentence in (
        "Okafor’s film “Hana no Michi” opens in Osaka on 3 May.",
        "Her novel “Rosa de los Vientos” is out in paperback next month.",
    ):
        found = facts("Lina Okafor plays the ferry’s captain.", sentence).quotes
        assert not [q for q in found if q.text.startswith(("Hana", "Rosa"))], found


def test_a_lower_case_phrase_after_a_work_noun_stays_a_quote() -> None:
    found = _quotes(
        "Lina Okafor called the film “a postcard from a town that never existed,” and laughed.",
    )
    assert ("a postcard fro", "Lina Okafor") in found, found


def test_a_name_the_article_writes_only_cut_at_a_hyphen_is_not_credited() -> None:
    found = facts(
        "Kang Min-seo directs all six episodes. Park Ji-ho wrote the scripts.",
        "“The sea is the third character,” Kang said. “It never stops talking.”",
    ).quotes
    assert all(q.speaker not in {"Kang Min", "Park Ji"} for q in found), found


def test_a_speaker_only_described_before_a_colon_is_not_the_speaker_before() -> None:
    for opener in ("Her brother was less impressed:", "The other stallholder disagreed:"):
        found = _quotes(
            "Orla Brennan, who sells flowers by the pier, is delighted. “We sold out by ten,” "
            f"Brennan said. {opener} “It took me an hour to park.”",
        )
        assert ("We sold out by", "Orla Brennan") in found, found
        assert ("It took me an ", "Orla Brennan") not in found, found


def test_a_surname_two_people_share_is_no_antecedent_to_skip_past() -> None:
    for plans in (
        "What’s next? Arden will play a jockey in Silver Gate, a drama that starts filming in "
        "May, and she hopes to do theatre soon.",
        "Coming up: Arden stars in Silver Gate, a racing drama shooting in Kerry this spring, "
        "and she wants a stage role after that.",
    ):
        found = _quotes(
            "Newcomer Nell Arden, 20, plays the keeper’s daughter. Her mother, the actor Joy "
            "Arden, plays the keeper.",
            "Tobias Wren, who shares one scene with them, was full of praise. “She is fearless. "
            "She did the cliff scene in one take,” Wren told us in a separate interview.",
            f"{plans} “I miss the stage,” she says.",
        )
        assert all(
            who not in {"Tobias Wren", "Joy Arden"}
            for text, who in found
            if text.startswith("I miss")
        ), found


def test_words_someone_said_to_the_answerer_are_not_an_earlier_persons() -> None:
    for said in ("Mina told me on the first morning, ", "Mina said to me after the read-through, "):
        found = facts(
            "BRIGHTWIRE: How did the new actor settle in?",
            f"DEV ARORA: Quickly. Felix Lund came in for two days and was brilliant. {said}"
            "‘Keep it small, keep it true,’ and Felix got it at once.",
            "Director Dev Arora spoke to us after the wrap.",
        ).quotes
        inner = [q for q in found if q.text.startswith("Keep it small")]
        assert inner and all(q.speaker != "Felix Lund" for q in inner), found
        assert all(q.source is not SourceKind.PERSON or q.speaker != "Felix Lund" for q in inner)


def test_a_pronoun_after_a_described_and_named_neighbour_is_that_neighbour() -> None:
    for described, pronoun, name in (
        ("Her neighbour, retired baker Hugo Maddern-Lyle, was less pleased.", "he", "Hugo"),
        ("His landlady, former nurse Petra Quill, saw it differently.", "she", "Petra"),
    ):
        found = _quotes(
            "Ines Farrow, who runs the bookshop by the quay, is delighted. “We sold every "
            "map,” Farrow said.",
            f"{described} “They blocked my drive for a week,” {pronoun} said.",
        )
        blocked = [who for text, who in found if text.startswith("They blocked")]
        assert blocked and blocked[0].startswith(name), found


def test_a_surname_written_in_two_full_names_is_no_one_in_particular() -> None:
    for subject, relative, pronoun in (
        ("Tomé Quental", "His sister, Marta Quental, a painter, remembers it differently.", "she"),
        ("Tomasa Quental", "Her brother, Ivo Quental, a chef, tells it another way.", "he"),
    ):
        found = _quotes(
            f"Six months ago, {subject} had never been on a film set.",
            f"{relative} “There was rehearsing all night,” {pronoun} told us.",
            "Quental is not embarrassed by the soap years. “It paid my rent,” Quental says.",
        )
        relative_name = relative.split(", ")[1]
        assert ("There was rehe", relative_name) in found, found
        rent = [who for text, who in found if text.startswith("It paid my")]
        assert all(who != relative_name for who in rent), found


def test_a_profiles_subject_takes_the_surname_a_relative_shares() -> None:
    for attribution in ("Arkwright tells me over the phone", "says Arkwright, laughing"):
        sentence = f"“Nobody warned me about the horses,” {attribution}."
        found = _quotes(
            "Actor Saoirse Arkwright, 22, is the breakout of Harbour Lights.",
            sentence,
            "Her uncle, the director Colm Arkwright, cast her without an audition.",
            title="Saoirse Arkwright on Harbour Lights, horses and her uncle",
        )
        assert ("Nobody warned ", "Saoirse Arkwright") in found, found


def test_an_answer_after_a_headline_that_quotes_one_person_is_theirs() -> None:
    for headline in (
        "Ilse Varga: “I wanted the sea to look like a rumour”",
        "Ilse Varga: 'Every frame was a fight'",
    ):
        found = _quotes(
            "Ilse Varga, 38, has edited three features and one very long series.",
            "Q: How did you get the job?",
            "A: Through a friend of a friend, which is how everything happens.",
            title=headline,
        )
        assert ("Through a frie", "Ilse Varga") in found, found


def test_a_pronoun_in_a_profile_is_the_subject_its_headline_names() -> None:
    for headline in (
        "From the docks to the big screen: Joaquim Serrador on his first film",
        "Joaquim Serrador talks boats, bad knees and his first film",
    ):
        found = _quotes(
            "Three months ago, Joaquim Serrador had never held an oar. Now the 24-year-old is "
            "about to be seen by millions as Rui Lobo, the ferry's captain.",
            "Filming wrapped in Porto. Serrador arrived for the second half.",
            "“I fell off the boat twice,” he says, grinning.",
            "His brother, Tiago Serrador, a fisherman, remembers it differently. “He was "
            "seasick,” he told us.",
            title=headline,
        )
        assert ("I fell off the", "Joaquim Serrador") in found, found
        assert ("He was seasick", "Tiago Serrador") in found, found


def test_a_relatives_pronoun_after_her_father_is_the_owners() -> None:
    found = _quotes(
        "Actor Nia Ruddock, 19, plays the youngest sister.",
        "Her father, the actor Glyn Ruddock, plays her on-screen uncle. She admits it was "
        "“strange,” and says he gave her notes. “He was right, sadly,” she says.",
    )
    assert ("He was right, ", "Nia Ruddock") in found, found
