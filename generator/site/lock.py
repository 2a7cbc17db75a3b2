"""One writer at a time: an exclusive lock on a folder the generator writes (docs or ``--out``, the site's).

Two builds (or a build and a ``convert`` into the same folder) started together would otherwise write the same
files and swap the same staging folders under each other.  The lock is ``fcntl.flock`` on the folder itself (nothing
is added to it, so a second run still writes nothing; the site, which is swapped whole, is locked through the
folder that holds it); the kernel releases it when its holder ends in any way, even ``kill -9``: a lock is
never left behind.  The second run says what it waits for, waits, and gives up with a
``path:1:`` message after ``WAIT_LIMIT`` seconds.  A process that already holds a lock takes it again freely
(a build holds the docs folder's lock through conversion, MkDocs and the zip).
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

# 30 minutes: the README's full build of 5,000 transcripts took 209 s on 2 cores; a wait this much longer
# means the other run hangs, and a CI job fails with a message instead of waiting for its own timeout
WAIT_LIMIT = 1800.0
POLL = 0.2  # seconds between tries while another run holds the lock

_held: set[str] = set()


class Busy(Exception):
    """The lock stayed taken for the whole wait; ``str()`` is the ``path:1:`` message."""


@contextmanager
def held(path: Path, what: str, limit: float | None = None):
    """Hold the lock on the folder ``path`` (made if missing) for the ``with`` block; ``what`` names what it
    protects in the messages."""
    key = os.path.abspath(path)
    if key in _held:
        yield
        return
    path.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDONLY)
    try:
        _acquire(fd, path, what, WAIT_LIMIT if limit is None else limit)
        _held.add(key)
        try:
            yield
        finally:
            _held.discard(key)
    finally:
        os.close(fd)  # closing the file releases the lock


def _acquire(fd: int, path: Path, what: str, limit: float) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    print(f"{path}:1: {what} is in use by another run; waiting for it to finish", file=sys.stderr, flush=True)
    deadline = time.monotonic() + limit
    while True:
        time.sleep(POLL)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            print(f"{path}:1: {what} is free again; going on", file=sys.stderr, flush=True)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise Busy(f"{path}:1: error: {what} was still in use by another run after {limit:.0f}s; "
                           f"wait for that run to end (or stop it) and run again") from None
