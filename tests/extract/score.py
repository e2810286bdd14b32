"""Score the extractor against a corpus's ``expected.json``: the dev corpus and every blind batch.

``python -m tests.extract.score`` prints, for each corpus, precision and recall per category
(cast, crew, release, quotes with speakers) and lists every wrong fact and every missed one;
``--corpus dev|blind-1|...`` selects one, ``--json`` prints the figures for machines.
:func:`score` returns the same numbers for the tests to assert floors on.

Only *served* facts (confidence at or above the line) count as answers. A held fact that was
expected is a miss (listed as held); a held fact that was not expected is no error. Quotes:
a served quote needs its text in expected (by the ``text_start`` prefix) and its speaker right
(a person by canonical name; an organisation or unnamed source must not be a person); an
unattributed quote never counts as wrong but is a miss. A ``must_not`` hit on a served fact is
a wrong fact. Names compare through each corpus's ``aliases`` table (the extractor may emit
as-written spellings).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.extract import extract_facts
from bot.facts import (
    Article,
    ArticleFacts,
    CastStatus,
    CrewFact,
    QuoteFact,
    ReleaseFact,
    SourceKind,
)
from bot.ingestion.seedfile import parse_seed
from tests.extract.must_not import violations

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
SEEDS = ROOT / "seeds"
CATEGORIES = ("cast", "crew", "release", "quotes")
_UNNAMED = re.compile(r"[ ]*\((?:unnamed|unnamed source)\)$")
_ORGANISATION = re.compile(r"[ ]*\((?:organisation|organization|org|company|outlet|account)\)$")
_HANDLE = re.compile(r"(?:@|u/)\S")
"""An account's handle ("@name", "u/name") is an account, whether or not a batch also lists it
among the people it names."""
_FILLER = frozenset({"a", "an", "the", "one", "official", "'s", "’s"})
_COMPANY = re.compile(
    r"[ ](?:Pictures|Films|Studios|Productions|Media|Entertainment|Releasing|Television|TV|"
    r"Network|Records|Press|Group|Channel|Office)$"
)
"""A corpus speaker named like a company is an organisation, whatever the aliases table says."""


@dataclass
class Tally:
    """Right, wrong and missed facts for one category, with a line for every error."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    held: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong_facts: list[object] = field(default_factory=list)
    """The facts already counted wrong (kept, not their ids: an id is reused once its fact is
    gone, and the next article's fact would then go uncounted)."""
    right_facts: list[object] = field(default_factory=list)
    """The facts counted right: a ``must_not`` rule that also matches one of them (a body quote
    the headline repeats word for word) is the corpus contradicting itself, and its expected
    list wins."""

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def right(self, fact: object) -> None:
        self.tp += 1
        self.right_facts.append(fact)

    def miss(self, note: str) -> None:
        self.fn += 1
        self.missed.append(note)

    def error(self, note: str, fact: object) -> None:
        if any(seen is fact for seen in self.wrong_facts):
            return
        self.wrong_facts.append(fact)
        self.fp += 1
        self.wrong.append(note)


@dataclass
class Score:
    name: str
    cast: Tally = field(default_factory=Tally)
    crew: Tally = field(default_factory=Tally)
    release: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)
    people: Tally = field(default_factory=Tally)
    """Recall only: everyone named in full, whatever their part."""
    flags_right: int = 0
    flags_total: int = 0
    headlines_right: int = 0
    headlines_total: int = 0
    notes: list[str] = field(default_factory=list)
    """Things to look at that are not errors: headlines, flags, rightly held facts."""
    extracted: list[tuple[str, Article, ArticleFacts]] = field(default_factory=list)
    """Each article scored (file name, article, its facts), so a test can re-extract one in
    another way and compare without extracting it a second time as scored."""

    def tally(self, category: str) -> Tally:
        tally: Tally = getattr(self, category)
        return tally

    @property
    def flag_accuracy(self) -> float:
        return self.flags_right / self.flags_total if self.flags_total else 1.0


_APOSTROPHE = str.maketrans({"’": "'"})
"""A name is one name whichever apostrophe it is typed with ("O’Connell", "O'Connell")."""


def same_name(name: str) -> str:
    """``name`` with its curly apostrophes written straight, for comparing people's names."""
    return name.translate(_APOSTROPHE)


class Canon:
    """Map as-written spellings onto a corpus's canonical names."""

    def __init__(self, aliases: dict[str, Any], parts: Iterable[str] = ()) -> None:
        """``parts``: the canonical parts the corpus's files list, beside the aliases' own."""
        self.people: dict[str, str] = {**aliases.get("people", {}), **aliases.get("actors", {})}
        self.characters: dict[str, str] = dict(aliases.get("characters", {}))
        self.parts: set[str] = {*self.characters.values(), *parts}
        self.organisations: set[str] = set(aliases.get("organisations", ()))

    def person(self, name: str) -> str:
        return same_name(self.people.get(name) or self.people.get(same_name(name)) or name)

    def character(self, name: str) -> str:
        """The canonical part for ``name``; a bare first name the aliases table leaves out is the
        one canonical part it begins (the brief asks writers to list every short form, and some
        tables miss "Sarah" for "Sarah Nelson"); with none or several, ``name`` as written."""
        if name in self.characters:
            return self.characters[name]
        if " " not in name:
            begun = {full for full in self.parts if full.split(" ", 1)[0] == name}
            if len(begun) == 1:
                return begun.pop()
        return name


_CONFLICTS = Path(__file__).resolve().parents[1] / "corpus" / "conflicts.json"


def corpora() -> list[str]:
    """``dev`` and every ``blind-N`` folder, in round order."""
    blind = [p.name for p in CORPUS.glob("blind-*") if (p / "expected.json").is_file()]
    return ["dev", *sorted(blind, key=lambda name: int(name.rsplit("-", 1)[-1]))]


def _folder(corpus: str) -> Path:
    return CORPUS if corpus == "dev" else CORPUS / corpus


def _article_path(folder: Path, name: str, spec: dict[str, Any]) -> Path:
    """The dev corpus's real articles stay in seeds/; every other article sits by its json."""
    if "seeds" in spec.get("path", "") and (SEEDS / name).is_file():
        return SEEDS / name
    return folder / name


def _score_cast(facts: ArticleFacts, spec: dict[str, Any], canon: Canon, tally: Tally) -> None:
    expected = {
        (same_name(c["actor"]), c["character"]): c.get("status", "current") == "former"
        for c in spec.get("cast", [])
    }
    seen: set[tuple[str, str]] = set()
    held: set[tuple[str, str]] = set()
    for fact in facts.cast:
        key = (canon.person(fact.actor), canon.character(fact.character))
        if not fact.served:
            held.add(key)
            continue
        if key in seen:
            continue
        seen.add(key)
        if key in expected and expected[key] == (fact.status is CastStatus.FORMER):
            tally.right(fact)
        else:
            tally.error(f"cast {fact.actor} as {fact.character} ({fact.status})", fact)
    for key in (key for key in expected if key not in seen):  # in the article's order
        why = " [held]" if key in held else ""
        tally.held += bool(why)
        tally.miss(f"cast {key[0]} as {key[1]}{why}")


def _score_crew(facts: ArticleFacts, spec: dict[str, Any], canon: Canon, tally: Tally) -> None:
    expected = {(c["role"], same_name(c["name"])) for c in spec.get("crew", [])}
    found: dict[tuple[str, str], CrewFact] = {}
    for fact in facts.crew:
        if fact.served:
            found.setdefault((fact.role.value, canon.person(fact.name)), fact)
    held = {(f.role.value, canon.person(f.name)) for f in facts.crew if not f.served}
    for key, fact in found.items():
        if key in expected:
            tally.right(fact)
        else:
            tally.error(f"crew {key[0]} {key[1]}", fact)
    for key in sorted(expected - found.keys()):
        why = " [held]" if key in held else ""
        tally.held += bool(why)
        tally.miss(f"crew {key[0]} {key[1]}{why}")


def _release_key(kind: str, item: dict[str, Any] | ReleaseFact) -> tuple[str, str, bool | None]:
    """Kind, value and hedging; an expected fact without ``hedged`` (the dev corpus records
    none) matches either way. An expected fact giving both a day and its month is the day."""
    if isinstance(item, ReleaseFact):
        value = item.title or item.window or (item.date.isoformat() if item.date else "")
        return kind, value, item.hedged
    value = item.get("title") or item.get("date") or item.get("window") or ""
    return kind, value, bool(item["hedged"]) if "hedged" in item else None


def key_of(fact: ReleaseFact, field_name: str) -> object:
    """A release fact's field as conflicts.json names it ("kind" is the kind's value)."""
    return fact.kind.value if field_name == "kind" else getattr(fact, field_name, None)


def _matching(key: tuple[str, str, bool | None], wanted: list[tuple[str, str, bool | None]]) -> int:
    for index, (kind, value, hedged) in enumerate(wanted):
        if ((kind, value) == key[:2] and None in {hedged, key[2]}) or (kind, value, hedged) == key:
            return index
    return -1


_STEPS = frozenset({"filming_started", "filming_wrapped"})
"""Production steps: "cameras are rolling" told without a day is true where the article dates the
start elsewhere, so it is no wrong fact; the dated step is still missed if not found."""


def _score_release(
    facts: ArticleFacts, spec: dict[str, Any], tally: Tally, notes: list[str]
) -> None:
    wanted = list(spec.get("release", []))
    # Other statements are a writer's free notes (text, or objects); only a planned shoot
    # among them is a fact.
    statements = spec.get("other_statements", [])
    wanted += [s for s in statements if isinstance(s, dict) and s.get("kind") == "filming_planned"]
    remaining: list[tuple[Any, ...]] = []
    for item in wanted:  # a fact the article states twice is one fact, served once
        key = _release_key(item["kind"], item)
        if key not in remaining:
            remaining.append(key)
    held = [_release_key(f.kind.value, f) for f in facts.release if not f.served]
    unscored: list[dict[str, Any]] = spec.get("_unscored", [])
    for fact in facts.release:
        if not fact.served:
            continue
        key = _release_key(fact.kind.value, fact)
        index = _matching(key, remaining)
        if index >= 0:
            del remaining[index]
            tally.right(fact)
        elif key[0] in _STEPS and not key[1] and any(kind == key[0] for kind, *_ in remaining):
            notes.append(f"undated, the step is expected with its time: release {key}")
        elif any(all(key_of(fact, k) == v for k, v in m.items()) for m in unscored):
            notes.append(f"convention conflict, not scored: served release {key}")
        else:
            tally.error(f"release {key}", fact)
    for key in remaining:
        why = " [held]" if _matching(key, held) >= 0 else ""
        tally.held += bool(why)
        tally.miss(f"release {key}{why}")


def _expected_source(speaker: str, canon: Canon, persons: set[str]) -> tuple[str, SourceKind]:
    """The canonical speaker and the kind of source the corpus means by its label."""
    if _UNNAMED.search(speaker):
        return _UNNAMED.sub("", speaker), SourceKind.UNNAMED
    if _ORGANISATION.search(speaker):
        return _ORGANISATION.sub("", speaker), SourceKind.ORGANISATION
    if speaker.lower() in {"unattributed", "unknown", "(unattributed)", ""}:
        return "", SourceKind.UNATTRIBUTED
    if speaker in canon.organisations or _COMPANY.search(speaker) or _HANDLE.match(speaker):
        return speaker, SourceKind.ORGANISATION
    if speaker in persons or " " in speaker:
        return speaker, SourceKind.PERSON
    return speaker, SourceKind.ORGANISATION


def _words(label: str) -> set[str]:
    return {w for w in re.findall(r"[\w’'-]+", label.lower()) if w not in _FILLER}


def _speaker_right(
    quote: QuoteFact, want: str, kind: SourceKind, canon: Canon, attribution: str
) -> bool:
    if kind is SourceKind.UNNAMED and quote.speaker and _HANDLE.match(quote.speaker):
        # "Another user, @name, wrote": the poster is unnamed and the handle is its account;
        # a batch may list either, and both are the same source.
        return quote.speaker in attribution
    if kind is SourceKind.PERSON or quote.source is SourceKind.PERSON:
        return quote.source is kind and canon.person(quote.speaker) == same_name(want)
    if kind is SourceKind.UNATTRIBUTED:
        return quote.source is SourceKind.UNATTRIBUTED
    if quote.source is SourceKind.UNATTRIBUTED:
        return False
    if kind is SourceKind.UNNAMED and quote.source is SourceKind.UNNAMED:
        return True  # "one fan", "an onlooker": the label is the article's wording, not a name
    # An organisation: not a person, and named alike ("Netflix" vs "a Netflix spokesperson" are
    # both the streamer's words, never a person's).
    return bool(_words(quote.speaker) & _words(want))


def _persons(spec: dict[str, Any], canon: Canon) -> set[str]:
    names = {c["actor"] for c in spec.get("cast", [])} | {c["name"] for c in spec.get("crew", [])}
    names |= {p["name"] for p in spec.get("people", [])}
    # An alias target of one word is an organisation ("Netflix UK" -> "Netflix"): blind-5 says
    # organisation speakers are single words; people are named in full.
    return names | {name for name in canon.people.values() if " " in name}


def _score_quotes(
    facts: ArticleFacts, spec: dict[str, Any], canon: Canon, score: Score, text: str
) -> None:
    tally = score.quotes
    persons = _persons(spec, canon)
    matched: set[int] = set()
    for item in spec.get("quotes", []):
        if str(item.get("attribution", "")).startswith(("headline", "entry heading")):
            # Issue 11, item 9: words in a headline are never a quote, whatever a corpus says.
            score.notes.append(f"headline quote not scored {item['text_start'][:40]!r}")
            continue
        start = item["text_start"].rstrip(" ,")
        hits = [i for i, q in enumerate(facts.quotes) if q.text.startswith(start)]
        served = [i for i in hits if facts.quotes[i].served and i not in matched]
        want, kind = _expected_source(item["speaker"], canon, persons)
        if not served:
            why = "held" if hits else "not found"
            tally.held += bool(hits)
            tally.miss(f"quote {start[:50]!r} by {item['speaker']} [{why}]")
            continue
        matched.add(served[0])
        quote = facts.quotes[served[0]]
        for flag in ("fragment", "continues_previous"):
            score.flags_total += 1
            if getattr(quote, flag) == bool(item.get(flag, False)):
                score.flags_right += 1
            else:
                score.notes.append(f"quote flag {flag} wrong on {start[:40]!r}")
        if _speaker_right(quote, want, kind, canon, str(item.get("attribution", ""))):
            tally.right(quote)
        elif quote.source is SourceKind.UNATTRIBUTED:
            tally.miss(f"quote {start[:50]!r} by {item['speaker']} [unattributed]")
        else:
            tally.error(f"quote {start[:50]!r} credited to {quote.speaker} ({quote.source})", quote)
            tally.miss(f"quote {start[:50]!r} by {item['speaker']} [wrong speaker]")
    for index, quote in enumerate(facts.quotes):
        if quote.text not in text:
            tally.error(f"quote not a substring of the article: {quote.text[:40]!r}", quote)
        elif index not in matched and _continues_expected(facts.quotes, index, matched):
            score.notes.append(f"continuation not listed in expected {quote.text[:40]!r}")
        elif index not in matched and quote.served:
            tally.error(f"quote not expected {quote.text[:50]!r} ({quote.speaker or '?'})", quote)
        elif index not in matched:
            score.notes.append(f"held quote {quote.text[:40]!r} ({quote.doubt})")


def _continues_expected(quotes: tuple[QuoteFact, ...], index: int, matched: set[int]) -> bool:
    """A later sentence of an expected quotation that the corpus did not list on its own.

    Corpus writers list a quotation by its first words; its further sentences, in the same
    paragraph with no attribution of their own, are the same speaker's words, not extra facts.
    """
    quote = quotes[index]
    if not quote.continues_previous or quote.source is SourceKind.UNATTRIBUTED:
        return False
    earlier = index - 1
    while earlier >= 0 and earlier not in matched and quotes[earlier].continues_previous:
        earlier -= 1
    return earlier in matched and quotes[earlier].speaker == quote.speaker


def _score_people(  # noqa: PLR0917 - a private helper called once
    facts: ArticleFacts, spec: dict[str, Any], canon: Canon, score: Score, name: str, text: str
) -> None:
    """Recall of everyone the article names in full (a surname alone does not count)."""
    expected = _persons(spec, Canon({})) | {
        q["speaker"]
        for q in spec.get("quotes", [])
        if " " in q["speaker"] and "(" not in q["speaker"]
    }
    written = {canon.person(alias) for alias in canon.people if " " in alias and alias in text}
    expected = {same_name(p) for p in expected if p in text or same_name(p) in written}
    found = {canon.person(p) for p in facts.people}
    score.people.tp += len(expected & found)
    for person in sorted(expected - found):
        score.people.miss(f"{name}: person {person}")


def _score_headline(title: str | None, spec: dict[str, Any], score: Score, name: str) -> None:
    if "headline" not in spec:
        return
    want = (spec["headline"] or "").strip() or None
    score.headlines_total += 1
    if (title or None) == want:
        score.headlines_right += 1
    else:
        score.notes.append(f"{name}: headline {title!r}, want {want!r}")


def _without_conflicts(
    spec: dict[str, Any], conflicts: list[dict[str, Any]], notes: list[str], name: str
) -> dict[str, Any]:
    """The expected facts minus those another batch's conventions contradict (listed in
    ``tests/corpus/conflicts.json``): those are neither hits nor misses, only noted."""
    if not conflicts:
        return spec
    kept = dict(spec)
    for conflict in conflicts:
        category, match = conflict["category"], conflict["match"]
        items = kept.get(category, [])
        left = [i for i in items if any(i.get(k) != v for k, v in match.items())]
        for item in items:
            if item not in left:
                text = item.get("text_start") or item.get("title") or item.get("kind")
                notes.append(f"convention conflict, not scored: {name} {category} {text!r:.50}")
        kept[category] = left
        if category == "release":  # a fact one batch records and another does not, served
            kept["_unscored"] = [*kept.get("_unscored", []), match]
    return kept


def score(corpus: str = "dev") -> Score:
    """Extract every article of one corpus and compare with its expected.json."""
    folder = _folder(corpus)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    parts = (c["character"] for spec in expected["files"].values() for c in spec.get("cast", []))
    canon = Canon(expected.get("aliases", {}), parts)
    result = Score(corpus)
    conflicts = json.loads(_CONFLICTS.read_text(encoding="utf-8")).get(corpus, {})
    for name, listed in expected["files"].items():
        spec = _without_conflicts(listed, conflicts.get(name, []), result.notes, name)
        article = parse_seed(_article_path(folder, name, spec).read_bytes()).article
        facts = extract_facts(article)
        result.extracted.append((name, article, facts))
        marks = {c: (len(result.tally(c).wrong), len(result.tally(c).missed)) for c in CATEGORIES}
        _score_cast(facts, spec, canon, result.cast)
        _score_crew(facts, spec, canon, result.crew)
        _score_release(facts, spec, result.release, result.notes)
        _score_quotes(facts, spec, canon, result, article.text)
        _score_people(facts, spec, canon, result, name, article.text)
        _score_headline(article.title, spec, result, name)
        for category, fact, rule in violations(facts.served(), spec, canon):
            if any(seen is fact for seen in result.tally(category).right_facts):
                result.notes.append(f"{name}: must_not {rule} matches an expected fact")
            else:
                result.tally(category).error(f"must_not {rule}", fact)
        for category in CATEGORIES:
            tally = result.tally(category)
            wrong, missed = marks[category]
            tally.wrong[wrong:] = [f"{name}: {n}" for n in tally.wrong[wrong:]]
            tally.missed[missed:] = [f"{name}: {n}" for n in tally.missed[missed:]]
    return result


def render(result: Score) -> str:
    """A table of the figures, then every wrong and missed fact, then notes."""
    lines = [
        f"== {result.name}",
        f"{'category':<10}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}{'held':>6}",
    ]
    for label in CATEGORIES:
        t = result.tally(label)
        lines.append(
            f"{label:<10}{t.precision:>10.3f}{t.recall:>8.3f}{t.tp:>5}{t.fp:>5}{t.fn:>5}{t.held:>6}"
        )
    lines.append(
        f"people recall {result.people.recall:.3f}   quote flags {result.flag_accuracy:.3f}"
        f" ({result.flags_right}/{result.flags_total})   headlines"
        f" {result.headlines_right}/{result.headlines_total}"
    )
    for label in CATEGORIES:
        lines += [f"  WRONG  {note}" for note in result.tally(label).wrong]
    for label in (*CATEGORIES, "people"):
        lines += [f"  missed {note}" for note in result.tally(label).missed]
    lines += [f"  note   {note}" for note in result.notes]
    return "\n".join(lines)


def figures(result: Score) -> dict[str, Any]:
    """The machine-readable form of :func:`render`."""
    out: dict[str, Any] = {}
    for label in CATEGORIES:
        t = result.tally(label)
        out[label] = {
            "precision": round(t.precision, 4),
            "recall": round(t.recall, 4),
            "tp": t.tp,
            "fp": t.fp,
            "fn": t.fn,
            "held": t.held,
            "wrong": t.wrong,
            "missed": t.missed,
        }
    out["people_recall"] = round(result.people.recall, 4)
    out["quote_flags"] = round(result.flag_accuracy, 4)
    out["headlines"] = [result.headlines_right, result.headlines_total]
    out["notes"] = result.notes
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=corpora(), help="one corpus (default: all)")
    parser.add_argument("--json", action="store_true", help="machine-readable figures")
    args = parser.parse_args()
    names = [args.corpus] if args.corpus else corpora()
    results = [score(name) for name in names]
    if args.json:
        print(json.dumps({r.name: figures(r) for r in results}, indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(render(r) for r in results))


if __name__ == "__main__":
    main()
