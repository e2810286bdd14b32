"""A seeded generator of news articles with the length and shape of real ones, in the seed format.

Each article is 200 to 600 words, like the entertainment news the bot reads (the two real
seeds are about 380 and 670 words): a lede and headline, often a byline, the paragraphs that
carry its facts (casting, crew credits, release statements, a recast, a cast list in bullets
or inline), quotes (attributed before or after, some running over two paragraphs), then the
padding that makes up most of a real article, question subheads and the furniture that comes
with text copied off a web page ("Advertisement", "Read more: ...", photo credits). Every name
is invented (:mod:`bench.world`), so the extractor does the work it does on real seeds.

    python -m bench.generate OUT_DIR [--n 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from bench import phrases as ph
from bench.world import World

MIN_WORDS = 200
MAX_WORDS = 600
_KINDS = ("casting", "crew", "release", "interview", "recast", "list")
_KIND_WEIGHTS = (5, 2, 3, 4, 1, 1)


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    file_name: str
    text: str

    @property
    def words(self) -> int:
        """Words in the article, header line included."""
        return len(self.text.split())


class _Writer:
    """Writes one article at a time from the world's facts, with varied templates."""

    def __init__(self, rng: random.Random, world: World) -> None:
        self.rng = rng
        self.world = world
        self.short = world.short_title
        self._stock_left: list[str] = []

    def fill(self, template: str) -> str:
        """A phrase with its places, outlet, studio, titles and people filled in."""
        rng, w = self.rng, self.world
        place, place2 = rng.sample(ph.PLACES, 2)
        return template.format(
            place=place,
            place2=place2,
            outlet=rng.choice(ph.OUTLETS),
            studio=w.studio,
            title=w.title,
            short=self.short,
            reporter=rng.choice(w.reporters),
            other=_sentence_case(rng.choice(ph.OTHER_HEADLINES).format(short=self.short)),
        )

    def article(self, index: int, date: dt.date) -> GeneratedArticle:
        rng = self.rng
        kind = rng.choices(_KINDS, _KIND_WEIGHTS)[0]
        target = rng.randint(MIN_WORDS, MAX_WORDS - 40)
        self._stock_left = list(ph.PAD_SENTENCES)
        lede, headline, facts = getattr(self, f"_{kind}")(date)
        blocks = facts[1:] + [self._quote_block() for _ in range(rng.choice((0, 1, 1, 2, 3)))]
        blocks += [[self.fill(rng.choice(ph.FURNITURE))] for _ in range(rng.randint(1, 3))]
        blocks += [[self.fill(s)] for s in rng.sample(ph.SUBHEADS, rng.randint(0, 2))]
        rng.shuffle(blocks)
        blocks.insert(0, facts[0])
        if rng.random() < 0.5:
            blocks.insert(0, [self.fill(rng.choice(ph.BYLINES))])
        head = f" date {date.isoformat()} {lede}\n"
        title_line = f"{headline}\n" if rng.random() < 0.85 else "\n"
        words = len(head.split()) + len(title_line.split())
        words += sum(len(line.split()) for block in blocks for line in block)
        while words < target:
            paragraph = self._padding(target - words)
            blocks.insert(rng.randint(1 + (len(blocks) > 1), len(blocks)), [paragraph])
            words += len(paragraph.split())
        separator = "\n\n" if rng.random() < 0.4 else "\n"
        text = head + title_line + separator.join("\n".join(block) for block in blocks) + "\n"
        return GeneratedArticle(f"{index:06d}_{kind}.txt", text)

    # -- pieces ----------------------------------------------------------------------------
    def _pair(self) -> tuple[str, str]:
        character = self.rng.choice(self.world.characters)
        return self.world.casting[character], character

    def _spoken(self) -> str:
        rng = self.rng
        return (
            f"{rng.choice(ph.QUOTE_OPENINGS)} {rng.choice(ph.QUOTE_MIDDLES)}, and "
            f"{rng.choice(ph.QUOTE_ENDINGS)}"
        )

    def _quote_block(self, speaker: str | None = None) -> list[str]:
        """One quote: attributed after or before, sometimes running over two paragraphs."""
        rng = self.rng
        speaker = speaker or rng.choice(self.world.quotable())
        verb = self.fill(rng.choice(ph.SPEECH_VERBS))
        roll = rng.random()
        if roll < 0.35:
            return [f"“{self._spoken()},” {speaker} {verb}."]
        if roll < 0.5:
            return [f'"{self._spoken()}," {speaker} {verb}.']
        if roll < 0.75:
            place = rng.choice(ph.PLACES)
            return [f"{speaker}, speaking at a screening in {place}, said: “{self._spoken()}.”"]
        # A quote over two paragraphs: the first one is left open, as newspapers print it.
        return [
            f"{speaker} {verb}: “{self._spoken()}.",
            f"“{rng.choice(ph.QUOTE_FOLLOW_UPS)}.”",
        ]

    def _padding(self, words_wanted: int) -> str:
        """A paragraph of background: assembled sentences, sometimes a longer stock one."""
        rng = self.rng
        sentences: list[str] = []
        words = 0
        while words < min(words_wanted, 70) and len(sentences) < 4:
            if self._stock_left and rng.random() < 0.3:
                stock = self._stock_left.pop(rng.randrange(len(self._stock_left)))
                sentence = self.fill(stock)
            else:
                sentence = self.fill(
                    f"{rng.choice(ph.PAD_SUBJECTS)} {rng.choice(ph.PAD_VERBS)} "
                    f"{rng.choice(ph.PAD_OBJECTS)}, {rng.choice(ph.PAD_TAILS)}"
                )
            sentences.append(sentence)
            words += len(sentence.split())
        return " ".join(sentences)

    def _date_words(self, date: dt.date) -> str:
        return f"{date.day} {ph.MONTHS[date.month - 1]} {date.year}"

    def _inline_cast(self, pairs: list[tuple[str, str]]) -> str:
        named = [f"{actor} as {character}" for actor, character in pairs]
        return ", ".join(named[:-1]) + " and " + named[-1]

    # -- article kinds: (lede, headline, fact paragraphs; the first opens the article) -----
    def _casting(self, date: dt.date) -> tuple[str, str, list[list[str]]]:
        rng, w = self.rng, self.world
        (a1, c1), (a2, c2) = self._pair(), self._pair()
        lede = f"{w.studio} has revealed two more names joining the {self.short} movie."
        headline = f"{a1} And {a2} Join The Cast Of {w.title}"
        facts = [
            [f"{w.studio} has announced new additions to the cast of its {self.short} film."],
            [
                f"{a1} will play {c1}, {rng.choice(ph.DESCRIPTORS)} {rng.choice(ph.JOBS)} who "
                "arrives halfway through the story."
            ],
            [f"Elsewhere, {a2} joins the cast as {c2}, the role marking a screen debut."],
        ]
        if rng.random() < 0.5:
            a3, c3 = self._pair()
            facts.append([f"The film will also introduce {c3} ({a3}), a new face in town."])
        if rng.random() < 0.5:
            returning = [self._pair() for _ in range(rng.randint(3, 6))]
            facts.append(
                [
                    "The following cast members are expected to reprise their roles: "
                    f"{self._inline_cast(returning)}."
                ]
            )
        return lede, headline, facts

    def _crew(self, date: dt.date) -> tuple[str, str, list[list[str]]]:
        rng, w = self.rng, self.world
        director, writer, composer, dop = rng.sample(w.crew, 4)
        lede = f"The team behind the camera on the {self.short} movie is taking shape."
        headline = f"{w.title} Confirms Its Director And Composer"
        facts = [
            [f"The film is directed by {director} from a screenplay by {writer}."],
            [
                f"Composer {composer} returns to write the score, and cinematographer {dop} "
                "is shooting the film."
            ],
            [f"{director} said the shoot would move to {rng.choice(ph.PLACES)} in the summer."],
        ]
        return lede, headline, facts

    def _release(self, date: dt.date) -> tuple[str, str, list[list[str]]]:
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
                f"{rng.choice(ph.SEASONS)} {premiere.year}."
            )
        else:
            statement = f"{w.studio} has not yet said when the film will be released."
            lede = f"Filming on the {self.short} movie is under way."
            headline = f"{w.title} Begins Filming"
        began = self._date_words(date - dt.timedelta(days=rng.randint(5, 40)))
        filming = f"Filming began on {began} on location in {rng.choice(ph.PLACES)}."
        return lede, headline, [[statement], [filming]]

    def _interview(self, date: dt.date) -> tuple[str, str, list[list[str]]]:
        rng, w = self.rng, self.world
        actor, character = self._pair()
        lede = f"{actor} opened up about playing {character} in the {self.short} movie."
        headline = f"{actor} On Becoming {character}"
        facts = [
            [
                f"{actor}, who plays {character} in {w.title}, spoke to "
                f"{rng.choice(ph.OUTLETS)} ahead of the first trailer."
            ],
            self._quote_block(actor),
            self._quote_block(actor),
        ]
        return lede, headline, facts

    def _recast(self, date: dt.date) -> tuple[str, str, list[list[str]]]:
        rng, w = self.rng, self.world
        old, character = self._pair()
        new = rng.choice(w.actors)
        w.casting[character] = new
        lede = f"{character} is getting a new face in the {self.short} movie."
        headline = f"{w.title} Recasts {character}"
        facts = [
            [
                f"{old} has exited the {self.short} movie because of a scheduling clash, "
                f"{w.studio} confirmed. The part has been recast, with {new} taking over the role "
                f"of {character}."
            ]
        ]
        return lede, headline, facts

    def _list(self, date: dt.date) -> tuple[str, str, list[list[str]]]:
        w = self.world
        pairs = list(dict(self._pair() for _ in range(self.rng.randint(4, 10))).items())
        lede = f"{w.studio} released the most complete cast list so far."
        headline = f"The Full Cast Of {w.title}"
        if self.rng.random() < 0.6:
            lines = [f"- {actor} as {character}" for actor, character in pairs]
            return lede, headline, [[f"{w.studio} also released the cast list:", *lines]]
        inline = f"Here is the full cast: {self._inline_cast(pairs)}."
        return lede, headline, [[f"{w.studio} also released the cast list."], [inline]]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


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
