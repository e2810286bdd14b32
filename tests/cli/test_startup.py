"""What ``python -m bot run`` loads before it connects: nothing it does not need."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_LOAD_AS_RUN_DOES = """
import importlib, sys
import bot.cli.main
from bot.client.fanbot import discover_extensions
for name in discover_extensions():
    importlib.import_module(name)
from bot.client.presenters import DiscordPresenter
DiscordPresenter()  # as create_bot makes it, before logging in
print(" ".join(sorted(sys.modules)))
"""

_WEB_LIBRARIES = (
    "trafilatura",
    "lxml",
    "lxml_html_clean",
    "justext",
    "htmldate",
    "courlan",
    "dateparser",
    "feedparser",
    "charset_normalizer",
)
"""Reading a web page or a feed: tens of MB, needed only once a link or a feed is fetched."""

_OTHER_COMMANDS = (
    "bot.cli.web",
    "bot.cli.console",
    "bot.cli.invocation",
    "bot.cli.check",
    "bot.cli.sync",
)
"""The other command lines' modules (``bot.cli.invocation``: the console's and ``ask``'s)."""

_MODERATORS_MODULES = (
    "bot.moderation.alert_settings",
    "bot.moderation.alert_status",
    "bot.moderation.moderator_roles",
    "bot.moderation.news_editing",
    "bot.moderation.newsdesk",
    "bot.moderation.corrections",
    "bot.moderation.name_corrections",
    "bot.moderation.choices",
    "bot.db.review",
    "bot.db.feeds",
    "bot.db.newsdesk",
    "bot.feeds.following",
    "bot.client.forms",
    "cogs.news.links",
)
"""What the moderators' commands (/alerts, /moderators, /news, /facts) do: their cogs name
these once (``bot.lazy_modules``), and a command first running imports them."""

_PIPELINE = (
    "bot.ingestion.service",
    "bot.ingestion.prepare",
    "bot.ingestion.reapply",
    "bot.ingestion.entities",
)
"""The seeds' ingestion, the extractor's entry, corrections' re-application and the deriving of
people and characters: after READY."""


def _fresh(code: str) -> str:
    """What ``code`` prints in a fresh interpreter (so no other test has imported anything)."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def _loaded_as_run_does() -> set[str]:
    """The modules a fresh interpreter holds after loading the bot and every extension."""
    return set(_fresh(_LOAD_AS_RUN_DOES).split())


def _packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_the_bot_and_every_extension_load_without_the_extractor() -> None:
    # The extractor compiles all its patterns when imported: a start with nothing new to read
    # must not pay for it.
    loaded = _loaded_as_run_does()
    assert {name for name in loaded if name.startswith("bot.extract")} == set()


def test_the_bot_and_every_extension_load_without_the_web_libraries() -> None:
    # /news add url:, the feed poller and ``python -m bot fetch`` import them, and the bot's
    # own reading of pages and feeds, on the first link or feed read.
    loaded = _loaded_as_run_does()
    assert _packages(loaded) & set(_WEB_LIBRARIES) == set()
    assert loaded & {"bot.web.page", "bot.web.feeds", "html.parser"} == set()


def test_running_loads_neither_a_process_pool_nor_the_other_commands() -> None:
    # A seed's worker processes start only when many files changed; the console, check, sync
    # and the web commands are imported by their own command.
    loaded = _loaded_as_run_does()
    assert "concurrent.futures.process" not in loaded
    assert loaded & set(_OTHER_COMMANDS) == set()
    assert "bot.cli.main" in loaded


def test_running_leaves_transliteration_log_rotation_and_seed_reports_unloaded() -> None:
    # anyascii (and importlib.resources, which it reads its tables with) on the first name
    # beyond ASCII; the rotating log file's handlers with LOG_FILE; the seed report's wording
    # with seed and the console.
    loaded = _loaded_as_run_does()
    assert _packages(loaded) & {"anyascii"} == set()
    assert loaded & {"importlib.resources", "logging.handlers", "bot.cli.report"} == set()


def test_running_leaves_the_moderators_commands_and_the_ingestion_pipeline_unloaded() -> None:
    # Members' commands answer from the start; the moderators' wait for their first use.
    loaded = _loaded_as_run_does()
    assert loaded & set(_MODERATORS_MODULES) == set()
    assert loaded & set(_PIPELINE) == set()
    assert {"cogs.facts", "cogs.alerts", "cogs.moderators", "cogs.news.desk"} <= loaded


def test_running_leaves_the_fact_classes_unloaded() -> None:
    # Answers, cards and queries read facts back by their kinds (bot.fact_kinds); the frozen
    # fact classes are the seeds' parsing and extraction's, built by the ingestion after READY.
    loaded = _loaded_as_run_does()
    assert "bot.facts" not in loaded
    assert "bot.fact_kinds" in loaded


def test_running_leaves_the_alerts_delivery_unloaded() -> None:
    # The bot delivers alerts from READY on (FanBot.on_connect): the delivery, its queue and
    # its cards are loaded then, in a worker thread.
    loaded = _loaded_as_run_does()
    assert loaded & {"bot.alerts.service", "bot.alerts.delivery", "bot.db.outbox"} == set()


def test_running_leaves_the_renderers_unloaded() -> None:
    # Answers are drawn from the first command on: the renderers are loaded at READY, in a
    # worker thread (FanBot.on_connect), or at the first answer drawn.
    loaded = _loaded_as_run_does()
    assert loaded & {"bot.render.cards", "bot.render.embeds", "bot.render.text"} == set()
    assert "bot.client.presenters" in loaded


def test_running_leaves_the_wording_backups_and_the_seeds_folder_unloaded() -> None:
    # Counted wording ("3 seconds": a cooldown's refusal, the renderers at READY) and its
    # plurals, backup and export (their own commands), the seeds folder's scan (after READY).
    loaded = _loaded_as_run_does()
    assert loaded & {"bot.render.common", "inflection", "bot.db.backup"} == set()
    assert loaded & {"bot.ingestion", "bot.ingestion.scan"} == set()


def test_running_leaves_the_queries_and_the_name_matching_unloaded() -> None:
    # What answers are read with (bot.knowledge.QUERIES): loaded at READY, in a worker thread
    # (FanBot.on_connect), or at the first answer; the knowledge itself is made before.
    loaded = _loaded_as_run_does()
    assert loaded & {"bot.db.archive", "bot.db.people", "bot.db.quotes", "bot.db.release"} == set()
    assert loaded & {"bot.knowledge.matching", "bot.knowledge.terms"} == set()
    assert "bot.knowledge" in loaded


_START_AS_MAIN_DOES = """
import contextlib, gc, io
gc.disable()  # as bot/__main__.py does while the bot is imported
import bot.cli.main
with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
    bot.cli.main.main(["--help"])
print(gc.get_freeze_count(), len(gc.get_objects()), gc.isenabled())
"""


def test_what_the_imports_made_is_frozen_out_of_the_collectors_passes() -> None:
    # The collector, paused during the imports, would otherwise spend its first pass after
    # them on every module's objects, on the way to logging in.
    frozen, tracked, enabled = _fresh(_START_AS_MAIN_DOES).split()
    assert int(frozen) > 20_000  # every module, class and pattern the imports made ...
    assert int(tracked) < int(frozen) // 10  # ... is nearly all there is
    assert enabled == "True"


_LOAD_FOR_DISCORD = """
import gc, sys
import bot.cli.main
assert "discord" not in sys.modules
before = gc.get_freeze_count()
bot.cli.main._load_for_discord()  # what `run` does first
print(gc.get_freeze_count() - before, gc.isenabled(), "discord.client" in sys.modules)
"""


def test_run_loads_the_discord_library_with_the_collector_paused_then_frozen() -> None:
    frozen, enabled, loaded = _fresh(_LOAD_FOR_DISCORD).split()
    assert int(frozen) > 20_000 and enabled == "True" and loaded == "True"


def test_seed_and_the_other_database_commands_load_no_discord_library(tmp_path: Path) -> None:
    # A third of a second of every seed (the tests' kill-and-restart loops start dozens).
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    code = f"""
import sys
import bot.cli.main
bot.cli.main.main(["seed", "--db", {str(tmp_path / "bot.db")!r}, "--seeds", {str(seeds)!r}])
print(" ".join(sorted(sys.modules)))
"""
    loaded = set(_fresh(code).splitlines()[-1].split())
    assert _packages(loaded) & {"discord", "aiohttp"} == set()
    assert "bot.db.connection" in loaded
