"""LibreOffice's user profile: made once in the user's cache folder, then reused.

LibreOffice takes about three seconds to make a new profile and one to start with
an existing one. Two LibreOffice processes must never share a profile at once: the
second hands its work to the first and exits 0 with nothing written. So a profile is
a numbered slot with a lock file beside it; a run takes the first free slot, and when
all are busy (or the cache folder cannot be written) it makes a private profile in its
own temporary folder, slower but safe. The lock is an OS lock (flock, msvcrt), freed by
the OS when its holder dies, and on POSIX LibreOffice inherits it, so a LibreOffice
left running by a killed build still holds its slot.

Every run makes sure the profile carries SETTINGS: external images (a template's
r:link to http:// or file://) are not fetched, macros never run, links never update.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .fonts import write_fontconfig

SLOTS = 4

# (configuration path, property, value) as LibreOffice writes them into
# registrymodifications.xcu. BlockUntrustedRefererLinks is LibreOffice's "stealth mode":
# linked images of documents outside SecureURL (empty: none trusted) are not loaded.
SETTINGS = (
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("/org.openoffice.Office.Common/Security/Scripting", "SecureURL", ""),
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    ("/org.openoffice.Office.Writer/Content/Update", "Link", "0"),  # 0: never
)
XCU_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry"'
    ' xmlns:xs="http://www.w3.org/2001/XMLSchema"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
)
XCU_TAIL = "</oor:items>\n"


def setting_item(path: str, name: str, value: str) -> str:
    value_xml = f"<value>{value}</value>" if value else "<value/>"
    return (
        f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">{value_xml}</prop></item>'
    )


def cache_folder(
    platform: str = sys.platform, environ: Mapping[str, str] | None = None
) -> Path | None:
    """reportgen's folder in the user's cache: %LOCALAPPDATA%, ~/Library/Caches,
    $XDG_CACHE_HOME or ~/.cache; None for a user without a home folder."""
    environ = os.environ if environ is None else environ
    try:
        home = environ.get("HOME") or environ.get("USERPROFILE") or str(Path.home())
    except RuntimeError:  # no home folder known
        return None
    if platform == "win32":
        base = environ.get("LOCALAPPDATA") or os.path.join(home, "AppData", "Local")
    elif platform == "darwin":
        base = os.path.join(home, "Library", "Caches")
    else:
        xdg = environ.get("XDG_CACHE_HOME", "")
        base = xdg if os.path.isabs(xdg) else os.path.join(home, ".cache")
    return Path(base) / "reportgen"


@dataclass
class Profile:
    folder: Path  # holds user/ (LibreOffice's) and fonts.conf (ours)
    lock: int | None  # the locked file's descriptor; None for a private profile
    fontconfig: Path

    @property
    def uri(self) -> str:
        return self.folder.as_uri()

    def reset(self) -> None:
        """Start over from a new profile: a damaged one can keep LibreOffice from starting."""
        shutil.rmtree(self.folder / "user", ignore_errors=True)
        apply_settings(self.folder)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def apply_settings(folder: Path) -> None:
    """Put SETTINGS into the profile, keeping what LibreOffice itself stored there."""
    xcu = folder / "user" / "registrymodifications.xcu"
    wanted = [setting_item(*setting) for setting in SETTINGS]
    try:
        text = xcu.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if XCU_TAIL.strip() not in text:
        text = XCU_HEAD + XCU_TAIL
    if all(item in text for item in wanted):
        return
    for path, name, _ in SETTINGS:
        own = re.escape(f'<item oor:path="{path}"><prop oor:name="{name}"')
        text = re.sub(rf"{own}.*?</item>\n?", "", text)
    end = text.rindex(XCU_TAIL.strip())
    text = text[:end] + "".join(f"{item}\n" for item in wanted) + text[end:]
    xcu.parent.mkdir(parents=True, exist_ok=True)
    partial = xcu.with_name(f"{xcu.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, xcu)


def _prepared(folder: Path, lock: int | None) -> Profile:
    folder.mkdir(parents=True, exist_ok=True)
    # A LibreOffice killed with the build leaves its own lock file; we hold the slot.
    with contextlib.suppress(FileNotFoundError):
        (folder / ".lock").unlink()
    apply_settings(folder)
    return Profile(folder, lock, write_fontconfig(folder))


def _locked_slot(cache: Path) -> tuple[int, Path] | None:
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    for slot in range(SLOTS):
        try:
            fd = os.open(cache / f"profile-{slot}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        if _try_lock(fd):
            return fd, cache / f"profile-{slot}"
        os.close(fd)
    return None


@contextlib.contextmanager
def profile(scratch: Path, cache: Path | None = None) -> Iterator[Profile]:
    """A profile for one LibreOffice run: a free cached slot, else a new one in `scratch`."""
    cache = cache or cache_folder()
    slot = None if cache is None else _locked_slot(cache / "libreoffice")
    if slot is None:
        yield _prepared(scratch / "profile", None)
        return
    fd, folder = slot
    try:
        try:
            prepared = _prepared(folder, fd)
        except OSError:  # the cache is there but not ours to write: go private
            prepared = _prepared(scratch / "profile", None)
        yield prepared
    finally:
        os.close(fd)  # closing frees the lock
