"""The seed files in the seeds folder: which names are articles, and their size and time.

One rule for the folder scan, for named files and for the watcher: visible ``.txt`` regular
files; hidden, lock and backup files are not articles, and links never lead out of the folder.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Collection
from pathlib import Path

import msgspec

SEED_SUFFIX = ".txt"


class SeedsFolderError(RuntimeError):
    """The seeds folder itself is unusable (missing, not a folder, unreadable)."""


class SeedFile(msgspec.Struct, frozen=True, gc=False):
    """A seed file found in the folder, with what identifies its content without reading it.

    Outside the cyclic collector (``gc=False``: it holds no container that could lead back to
    it): a scan makes one per file, 10,000 at a running bot's catch-up, beside members' first
    commands; untracked, each is 16 bytes smaller and no collection walks them.
    """

    name: str
    folder: Path
    size: int
    mtime_ns: int

    @property
    def path(self) -> Path:
        return self.folder / self.name


def scan(seeds_dir: Path, only: Collection[str] | None = None) -> list[SeedFile]:
    """The seed files in the folder, by name: visible ``.txt`` regular files, links not
    followed out.

    ``only``: just these file names, those of them that exist (no listing of the folder).
    """
    if not seeds_dir.is_dir():
        raise SeedsFolderError(f"the seeds folder {seeds_dir} does not exist or is not a folder")
    root = seeds_dir.resolve()
    if only is None:
        try:
            found = _listed(seeds_dir, root)
        except OSError as error:
            raise SeedsFolderError(f"cannot read the seeds folder {seeds_dir}: {error}") from error
    else:
        names = sorted({name for name in only if name == Path(name).name})
        named = (seed_file(seeds_dir / name, root) for name in names if is_seed_name(name))
        found = [seed for seed in named if seed is not None]
    found.sort(key=lambda seed: seed.name)
    return found


def _listed(seeds_dir: Path, root: Path) -> list[SeedFile]:
    """Every seed file in the folder: one ``lstat`` a file (the folder listing says which
    entries are links; only those are looked at more closely)."""
    found = []
    with os.scandir(seeds_dir) as entries:
        for entry in entries:
            if not is_seed_name(entry.name):
                continue
            try:
                if entry.is_symlink():
                    seed = seed_file(seeds_dir / entry.name, root)
                    if seed is not None:
                        found.append(seed)
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError:  # gone since listed
                continue
            if stat.S_ISREG(info.st_mode):
                found.append(SeedFile(entry.name, seeds_dir, info.st_size, info.st_mtime_ns))
    return found


def is_seed_name(name: str) -> bool:
    """Hidden, lock and backup files (``.x``, ``~x``) and other extensions are not articles."""
    return not name.startswith((".", "~")) and name.endswith(SEED_SUFFIX)


def seed_file(path: Path, root: Path) -> SeedFile | None:
    """The file at ``path`` if it is a regular file, and not a link leading out of ``root``."""
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            return None
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return SeedFile(path.name, path.parent, info.st_size, info.st_mtime_ns)
