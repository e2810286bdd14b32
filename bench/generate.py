"""A seeded generator of realistic synthetic news articles in the seed format.

Every name is invented from syllable tables (never a real article's names), and the articles
follow the phrasings real entertainment news uses for casting, crew credits, release
statements and quotes, so the extractor does the same work it does on real seeds.

    python -m bench.generate OUT_DIR [--n 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

_ONSETS = (
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "r",
    "s", "sh", "t", "th", "v", "w", "z", "el", "an", "or", "is",
)  # fmt: skip
_VOWELS = ("a", "e", "i", "o", "u", "ae", "ia", "ou", "y", "ei")
_CODAS = ("", "n", "l", "r", "s", "th", "ck", "m", "x", "nd", "rt", "ss", "ne", "ra", "lo")
_SURNAME_ENDS = (
    "wick", "ford", "ley", "more", "shaw", "ton", "well", "by", "gate", "wood", "field", "mere",
    "hart", "worth", "brook", "stone", "ridge", "cott", "lowe", "ward",
)  # fmt: skip
_TITLE_WORDS = ("Lantern", "Harbour", "Meridian", "Orchard", "Tidewell", "Ember", "Hollow")

_OUTLETS = ("the Courier", "Screenline", "the Evening Reel", "Frameworks", "Static Magazine")
_PLACES = ("Kent", "Yorkshire", "Glasgow", "Cardiff", "Bristol", "Leeds", "Norwich", "Belfast")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_SEASONS = ("early", "late", "spring", "summer", "autumn", "winter")
_DESCRIPTORS = (
    "a sharp-tongued", "a quietly ambitious", "an endlessly curious", "a fiercely loyal",
    "a chaotic", "a soft-spoken", "a stubborn", "a warm-hearted",
)  # fmt: skip
_JOBS = (
    "flatmate", "teacher", "rival", "older sister", "best friend", "neighbour", "coach",
    "bandmate", "landlord", "cousin",
)  # fmt: skip
_QUOTE_OPENINGS = (
    "I read the script in one sitting and", "Honestly, the first day on set", "Every scene we shot",
    "What I love about this story is that it", "The fans have waited a long time and",
    "Working with this cast", "When I first heard about the part I", "This whole production",
)  # fmt: skip
_QUOTE_MIDDLES = (
    "felt like coming home", "surprised me more than anything", "never stopped making me laugh",
    "asked for something brave", "pushed all of us a little further", "was full of small miracles",
    "made me rethink the whole character", "kept the crew up past midnight",
)  # fmt: skip
_QUOTE_ENDINGS = (
    "I can't wait for people to see it", "that is the heart of the film",
    "we owe that to everyone watching", "it still makes me emotional",
    "I think audiences will feel that", "none of us will forget it",
)  # fmt: skip
_SPEECH = ("said", "told {outlet}", "explained", "added", "joked", "admitted")
_FILLERS = (
    "Fan accounts shared the news within minutes, and the hashtag trended for most of the day.",
    "The production has kept details of the plot closely guarded since the project was first "
    "announced.",
    "Set photos from the location shoot have been circulating online for several weeks.",
    "Tickets for a special preview screening sold out in under an hour.",
    "The streamer has promised more news over the coming months.",
    "Several members of the crew have worked on the story since its earliest days.",
    "Much of the shoot is taking place on location in {place}, where local cafés have started "
    "putting up posters in their windows and fans gather behind the barriers every morning.",
    "The story picks up a year after the events of the last season, with the friends scattered "
    "between {place} and {place2}, and the film follows what happens when they try to find their "
    "way back to each other.",
    "Speaking to {outlet} last month, one of the producers described the project as the most "
    "ambitious thing the team has attempted, with more locations, more extras and a longer "
    "schedule than anything before it.",
    "The hand-drawn animated flourishes that became the show's visual trademark will return, "
    "and the animation team in {place} has reportedly doubled in size to cope with the workload.",
    "Screenings at festivals in {place} and {place2} are being discussed, although nothing has "
    "been confirmed, and the marketing campaign is expected to begin in earnest after the summer.",
    "Readers of the original books have spent years debating how the final chapter should end, "
    "and several fan theories have already been addressed, at least in part, by the cast on "
    "social media.",
    "A behind-the-scenes documentary is also being filmed, following the cast and crew from the "
    "first table read to the final day of the shoot.",
)  # fmt: skip


def _syllables(rng: random.Random, count: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(count)]
    return "".join(parts)


def _first_name(rng: random.Random) -> str:
    return _syllables(rng, rng.choice((1, 2, 2))).capitalize()


def _surname(rng: random.Random) -> str:
    base = (_syllables(rng, 1) + rng.choice(_SURNAME_ENDS)).capitalize()
    if rng.random() < 0.08:
        base += "-" + (_syllables(rng, 1) + rng.choice(_SURNAME_ENDS)).capitalize()
    return base


def _unique_names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = f"{_first_name(rng)} {_surname(rng)}"
        surname = name.rsplit(" ", 1)[1]
        first = name.split(" ", 1)[0]
        if name in taken or surname in taken or first in taken or len(first) < 3:
            continue
        taken.update((name, surname, first))
        names.append(name)
    return names


@dataclass(slots=True)
class World:
    """The invented film and everyone in it; benchmarks draw their command inputs from here."""

    title: str
    studio: str
    actors: list[str]
    characters: list[str]
    crew: list[str]
    speakers: list[str]
    casting: dict[str, str] = field(default_factory=dict)
    """Character -> actor, as most articles state it."""

    @classmethod
    def build(cls, rng: random.Random, n_articles: int) -> World:
        # Many distinct people: about one new actor/character pair every ten articles.
        roles = max(40, n_articles // 8)
        taken: set[str] = set()
        actors = _unique_names(rng, roles, taken)
        characters = _unique_names(rng, roles, taken)
        crew = _unique_names(rng, max(10, roles // 10), taken)
        speakers = _unique_names(rng, max(10, roles // 6), taken)
        title = f"The {rng.choice(_TITLE_WORDS)} {_syllables(rng, 2).capitalize()}"
        studio = _syllables(rng, 2).capitalize() + "flix"
        world = cls(title, studio, actors, characters, crew, speakers)
        world.casting = dict(zip(characters, actors, strict=True))
        return world


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    file_name: str
    text: str


class _Writer:
    """Writes one article at a time from the world's facts, with varied templates."""

    def __init__(self, rng: random.Random, world: World) -> None:
        self.rng = rng
        self.world = world
        self.short = world.title.split(" ", 1)[1]

    def article(self, index: int, date: dt.date) -> GeneratedArticle:
        rng = self.rng
        kind = rng.choices(
            ("casting", "crew", "release", "interview", "recast", "list"), (5, 2, 3, 4, 1, 1)
        )[0]
        lede, headline, paragraphs = getattr(self, f"_{kind}")(date)
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            paragraphs.append(self._quote_paragraph())
        for filler in rng.sample(_FILLERS, rng.randint(2, 6)):
            places = rng.sample(_PLACES, 2)
            paragraphs.append(
                filler.format(place=places[0], place2=places[1], outlet=rng.choice(_OUTLETS))
            )
        rest = paragraphs[1:]
        rng.shuffle(rest)
        paragraphs = [paragraphs[0], *rest]
        head = f" date {date.isoformat()} {lede}\n"
        title_line = f"{headline}\n" if rng.random() < 0.8 else "\n"
        text = head + title_line + "\n".join(paragraphs) + "\n"
        return GeneratedArticle(f"{index:05d}_{kind}.txt", text)

    # -- pieces ----------------------------------------------------------------------------
    def _pair(self) -> tuple[str, str]:
        character = self.rng.choice(self.world.characters)
        return self.world.casting[character], character

    def _spoken(self) -> str:
        rng = self.rng
        return (
            f"{rng.choice(_QUOTE_OPENINGS)} {rng.choice(_QUOTE_MIDDLES)}, and "
            f"{rng.choice(_QUOTE_ENDINGS)}"
        )

    def _quote_paragraph(self, speaker: str | None = None) -> str:
        rng = self.rng
        speaker = speaker or rng.choice(self.world.speakers + self.world.actors[:50])
        verb = rng.choice(_SPEECH).format(outlet=rng.choice(_OUTLETS))
        if rng.random() < 0.5:
            return f"“{self._spoken()},” {speaker} {verb}."
        place = rng.choice(_PLACES)
        return f"{speaker}, speaking at a screening in {place}, said: “{self._spoken()}.”"

    def _date_words(self, date: dt.date) -> str:
        return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"

    # -- article kinds ---------------------------------------------------------------------
    def _casting(self, date: dt.date) -> tuple[str, str, list[str]]:
        rng, w = self.rng, self.world
        (a1, c1), (a2, c2) = self._pair(), self._pair()
        lede = f"{w.studio} has revealed two more names joining the {self.short} movie."
        headline = f"{a1} And {a2} Join The Cast Of {w.title}"
        paragraphs = [
            f"{w.studio} has announced new additions to the cast of its {self.short} film.",
            f"{a1} will play {c1}, {rng.choice(_DESCRIPTORS)} {rng.choice(_JOBS)} who arrives "
            "halfway through the story.",
            f"Elsewhere, {a2} joins the cast as {c2}, the role marking a screen debut.",
        ]
        if rng.random() < 0.5:
            a3, c3 = self._pair()
            paragraphs.append(f"The film will also introduce {c3} ({a3}), a new face in town.")
        return lede, headline, paragraphs

    def _crew(self, date: dt.date) -> tuple[str, str, list[str]]:
        rng, w = self.rng, self.world
        director, writer, composer, dop = rng.sample(w.crew, 4)
        lede = f"The team behind the camera on the {self.short} movie is taking shape."
        headline = f"{w.title} Confirms Its Director And Composer"
        paragraphs = [
            f"The film is directed by {director} from a screenplay by {writer}.",
            f"Composer {composer} returns to write the score, and cinematographer {dop} "
            "is shooting the film.",
            f"{director} said the production would move to {rng.choice(_PLACES)} in the summer.",
        ]
        return lede, headline, paragraphs

    def _release(self, date: dt.date) -> tuple[str, str, list[str]]:
        rng, w = self.rng, self.world
        premiere = date + dt.timedelta(days=rng.randint(60, 400))
        lede = f"{w.title} finally has a release date."
        headline = f"{w.title} Release Date Announced"
        choice = rng.random()
        if choice < 0.4:
            statement = (
                f"{w.studio} announced on Thursday that the film will premiere on "
                f"{self._date_words(premiere)}."
            )
        elif choice < 0.7:
            statement = (
                f"{w.studio} has not given a date yet, but the film is expected to arrive in "
                f"{rng.choice(_SEASONS)} {premiere.year}."
            )
        else:
            statement = f"{w.studio} has not yet said when the film will be released."
            lede = f"Filming on the {self.short} movie is under way."
            headline = f"{w.title} Begins Filming"
        filming = (
            f"Filming began on {self._date_words(date - dt.timedelta(days=rng.randint(5, 40)))} "
            f"on location in {rng.choice(_PLACES)}."
        )
        return lede, headline, [statement, filming]

    def _interview(self, date: dt.date) -> tuple[str, str, list[str]]:
        rng, w = self.rng, self.world
        actor, character = self._pair()
        lede = f"{actor} opened up about playing {character} in the {self.short} movie."
        headline = f"{actor} On Becoming {character}"
        paragraphs = [
            f"{actor}, who plays {character} in {w.title}, spoke to {rng.choice(_OUTLETS)} "
            "ahead of the first trailer.",
            self._quote_paragraph(actor),
            self._quote_paragraph(actor),
        ]
        return lede, headline, paragraphs

    def _recast(self, date: dt.date) -> tuple[str, str, list[str]]:
        rng, w = self.rng, self.world
        old, character = self._pair()
        new = rng.choice(w.actors)
        w.casting[character] = new
        lede = f"{character} is getting a new face in the {self.short} movie."
        headline = f"{w.title} Recasts {character}"
        paragraphs = [
            f"{old} has exited the {self.short} movie because of a scheduling clash, {w.studio} "
            f"confirmed. The part has been recast, with {new} taking over the role of {character}.",
        ]
        return lede, headline, paragraphs

    def _list(self, date: dt.date) -> tuple[str, str, list[str]]:
        w = self.world
        pairs = [self._pair() for _ in range(self.rng.randint(4, 10))]
        lede = f"{w.studio} released the most complete cast list so far."
        headline = f"The Full Cast Of {w.title}"
        lines = [f"- {actor} as {character}" for actor, character in dict(pairs).items()]
        return lede, headline, [f"{w.studio} also released the cast list:", *lines]


def generate(n: int, seed: int = 1) -> tuple[World, list[GeneratedArticle]]:
    """``n`` articles about one invented film, oldest first, dated over a few years."""
    rng = random.Random(seed)
    world = World.build(rng, n)
    writer = _Writer(rng, world)
    start = dt.date(2022, 1, 1)
    span = max(1, min(3650, n // 3))
    dates = sorted(start + dt.timedelta(days=rng.randrange(span)) for _ in range(n))
    return world, [writer.article(index, date) for index, date in enumerate(dates)]


def write_corpus(folder: Path, n: int, seed: int = 1) -> World:
    """Write the articles into ``folder`` (created if needed); returns the invented world."""
    folder.mkdir(parents=True, exist_ok=True)
    world, articles = generate(n, seed)
    for article in articles:
        (folder / article.file_name).write_text(article.text, encoding="utf-8")
    return world


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    world = write_corpus(args.out, args.n, args.seed)
    print(f"wrote {args.n} articles about {world.title} to {args.out}")


if __name__ == "__main__":
    main()
