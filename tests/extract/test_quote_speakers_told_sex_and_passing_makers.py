"""Two ways a pronoun's quote went to the wrong person:

- the person it found is told to be the other sex by a clause they report of themselves
  ("Brennick says she cast him ..." before "... which he describes as “...”"): the words go to
  the profile's subject, or to no one;
- the person it found is met only as a work's maker, in passing, in a paragraph already about
  someone ("She is frank about it. The show, made under director X, ... “...,” she says.")."""

from bot.extract.maker_mentions import named_as_maker
from bot.extract.told_genders import _sayers
from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str | None = None) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs, title=title).quotes if q.served}


_TITLE = "Tobias Quayle-Marsh on playing a night porter in Lamplight"
_LEDE = (
    "Tobias Quayle-Marsh is early, as always. The 27-year-old plays Edwin Harl in Lamplight, a "
    "six-part drama directed by Wilhelmina Brennick."
)


def test_a_she_who_says_is_not_the_he_who_describes() -> None:
    served = _served(
        _LEDE,
        "Brennick says she cast him within a day of his audition.",
        "He is home in Carlow next month for the first screening, which he describes as "
        "“the hardest night of my year”.",
        title=_TITLE,
    )
    assert served.get("the hardest night of my year") != "Wilhelmina Brennick"


def test_a_he_who_admits_is_not_the_she_who_describes() -> None:
    served = _served(
        "Rosalind Fairbairn-Oke is the harbour pilot at the heart of Saltwick, a four-part "
        "drama created by Anselm Dray-Whitcombe.",
        "Dray-Whitcombe admits he wrote the part with her in mind.",
        "She moves to the stage in the spring for a run at the Lyceum, which she describes as "
        "“the thing I have waited for since drama school”.",
        title="Rosalind Fairbairn-Oke steers Saltwick home",
    )
    assert served.get("the thing I have waited for since drama school") != "Anselm Dray-Whitcombe"


def test_a_reported_clause_tells_its_sayer_sex() -> None:
    sayers = _sayers("Brennick says she cast him. Ines Caldor-Rae admits he was late.")
    assert ("Brennick", "she") in sayers


def test_a_reported_clause_with_the_other_pronoun_or_mid_sentence_tells_nothing() -> None:
    assert _sayers("Quill says she sees things he misses.") == ()
    assert _sayers("The cast grows, though Quill insists he has no theme of his own.") == ()


def test_the_same_sex_keeps_its_speaker() -> None:
    served = _served(
        "Hesketh Vorley-Pine directs Fenmoor, out in May.",
        "Vorley-Pine says he wanted the marsh to feel alive.",
        "“We shot in the rain every day,” he says.",
    )
    assert served.get("We shot in the rain every day") == "Hesketh Vorley-Pine"


_PROFILE = (
    "Philippa Adenuga-Strell did not set out to shoot television. The cinematographer, 41, "
    "first read the script on a ferry."
)


def test_a_director_met_under_whom_the_show_began_is_not_the_she_who_says() -> None:
    served = _served(
        _PROFILE,
        "“I read it twice before Dover,” Adenuga-Strell says.",
        "She is frank about what came before. The series, which began in 2021 under director "
        "Cosimo Harrowell-Tait, had a look everyone knew. “I wanted to keep the colours,” she "
        "says.",
    )
    assert served.get("I wanted to keep the colours") != "Cosimo Harrowell-Tait"


def test_a_writer_met_by_whom_a_film_was_written_is_not_the_he_who_says() -> None:
    served = _served(
        "Ptolemy Vance-Adair and Orla Mistry present Sprocket Hour each week.",
        "Vance-Adair goes back over the news. The second season came out in 2023, and then "
        "the studio said there would be only a film written by Genevieve Thackeray-Oduya. "
        "“I sulked for a day,” he says.",
    )
    assert served.get("I sulked for a day") != "Genevieve Thackeray-Oduya"


def test_a_maker_phrase_is_told_from_a_plain_mention() -> None:
    chunk = "The film, written by Ada Renwick, opens in May."
    assert named_as_maker(chunk, "Ada Renwick")
    assert named_as_maker("a feature for Irish director Ada Renwick", "Ada Renwick")
    assert not named_as_maker("The film stars Ada Renwick and opens in May.", "Ada Renwick")


def test_a_newcomer_maker_opening_the_paragraph_still_speaks() -> None:
    served = _served(
        "Harbourline opens on Friday.",
        "The drama, directed by first-timer Beatrix Olumide-Crane, was shot in eleven days. "
        "“We had no money and no sleep,” she says.",
    )
    assert served.get("We had no money and no sleep") == "Beatrix Olumide-Crane"


def test_a_director_met_for_whom_he_shoots_is_not_the_he_who_says() -> None:
    served = _served(
        "Lorcan Ashby-Feeney plays a ferryman in Tideway, out on BBC One in March.",
        "Next spring he shoots Gullstone, a feature for Welsh director Emrys Pwllheli-Vaughan, "
        "although he will say only that it is “very cold”.",
        title="Lorcan Ashby-Feeney rows on",
    )
    assert served.get("very cold") != "Emrys Pwllheli-Vaughan"


def test_a_director_named_as_the_one_he_works_for_before_a_plain_says_still_speaks() -> None:
    served = _served(
        "Lorcan Ashby-Feeney plays a ferryman in Tideway, out on BBC One in March.",
        "Director Emrys Pwllheli-Vaughan, who cast him, says the role was “always his”.",
        title="Tideway sets sail",
    )
    assert served.get("always his") == "Emrys Pwllheli-Vaughan"
