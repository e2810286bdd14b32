"""``python -m bot fetch`` and ``python -m bot feeds ...`` as an operator runs them: real
processes, reading the fake outlet on 127.0.0.1 (``FETCH_ALLOW_PRIVATE=1``, as the tests set)."""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.cli.check import Level, check_installation
from bot.config import load_settings
from bot.ingestion.seedfile import parse_seed
from tests.web.conftest import only_loopback, outlet
from tests.web.outlet import Outlet

__all__ = ["only_loopback", "outlet"]

STORY = "casting-call"


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


async def bot_cli(tmp_path: Path, *args: str, **env: str) -> Ran:
    environment = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    environment.update({"FETCH_ALLOW_PRIVATE": "1", **env})
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        "--db",
        str(tmp_path / "data" / "bot.db"),
        "--seeds",
        str(tmp_path / "seeds"),
        cwd=tmp_path,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 50)
    assert process.returncode is not None
    return Ran(process.returncode, out.decode(), err.decode())


def names(seeds: Path) -> set[str]:
    return {path.name for path in seeds.iterdir()}


async def test_fetch_writes_one_article_file_and_prints_its_name_and_facts(
    tmp_path: Path, seeds_dir: Path, outlet: Outlet
) -> None:
    before = names(seeds_dir)
    ran = await bot_cli(tmp_path, "fetch", outlet.story_url(STORY))
    assert ran.code == 0, ran.err
    (written,) = names(seeds_dir) - before
    assert ran.out.startswith(f"Wrote {written} in ")
    assert "Imani Okafor, Bea Lark" in ran.out.replace(" as ", ", ")
    article = parse_seed((seeds_dir / written).read_bytes()).article
    assert article.title == outlet.stories[STORY].headline
    assert article.url == outlet.story_url(STORY)


@pytest.mark.parametrize(
    ("path", "env", "reason"),
    [
        ("/media/cover.png", {}, "That link is a image/png file."),
        ("/huge", {"FETCH_MAX_BYTES": "65536"}, "larger than the bot reads (64 KiB at most)"),
        (f"/news/{STORY}", {"FETCH_ALLOW_PRIVATE": "0"}, "it is a loopback address"),
        ("/film", {}, "does not look like a news article"),
    ],
)
async def test_fetch_exits_1_with_the_reason_and_writes_nothing(
    tmp_path: Path,
    seeds_dir: Path,
    outlet: Outlet,
    *,
    path: str,
    env: dict[str, str],
    reason: str,
) -> None:
    before = names(seeds_dir)
    ran = await bot_cli(tmp_path, "fetch", outlet.url(path), **env)
    assert ran.code == 1
    assert ran.err.startswith("Error: ") and reason in ran.err
    assert names(seeds_dir) == before


async def test_feeds_are_added_listed_polled_and_removed(
    tmp_path: Path, seeds_dir: Path, outlet: Outlet
) -> None:
    outlet.list_story(STORY)
    url = outlet.url("/feeds/live.rss")
    added = await bot_cli(tmp_path, "feeds", "add", url, "--every", "30")
    assert added.code == 0, added.err
    assert "Following Screen Scoop: Saltmarsh" in added.out

    before = names(seeds_dir)
    polled = await bot_cli(tmp_path, "feeds", "poll")
    assert polled.code == 0, polled.err
    (written,) = names(seeds_dir) - before
    assert f"Screen Scoop: Saltmarsh ({url}): 1 history" in polled.out
    assert f"history  {written}" in polled.out
    again = await bot_cli(tmp_path, "feeds", "poll")
    assert "not changed since the last check" in again.out
    assert names(seeds_dir) - before == {written}

    listed = await bot_cli(tmp_path, "feeds", "list")
    assert url in listed.out and "Every 30 minutes · 1 article taken" in listed.out
    removed = await bot_cli(tmp_path, "feeds", "remove", url)
    assert removed.code == 0 and "no longer checked" in removed.out
    assert "No feed is followed" in (await bot_cli(tmp_path, "feeds", "list")).out


async def test_a_page_is_not_added_as_a_feed_and_an_unknown_feed_is_not_removed(
    tmp_path: Path, seeds_dir: Path, outlet: Outlet
) -> None:
    page = await bot_cli(tmp_path, "feeds", "add", outlet.story_url(STORY))
    assert page.code == 1 and "not an RSS or Atom feed" in page.err
    unknown = await bot_cli(tmp_path, "feeds", "remove", "https://nowhere.example/feed")
    assert unknown.code == 1 and "No feed followed is" in unknown.err


def test_check_warns_when_links_may_reach_private_addresses(tmp_path: Path) -> None:
    settings = load_settings({"SEEDS_DIR": str(tmp_path)}, env_file=None)
    assert not [f for f in check_installation(settings) if f.topic == "links"]
    risky = load_settings({"SEEDS_DIR": str(tmp_path), "FETCH_ALLOW_PRIVATE": "1"}, env_file=None)
    (finding,) = [f for f in check_installation(risky) if f.topic == "links"]
    assert finding.level is Level.WARNING and "private" in finding.message
