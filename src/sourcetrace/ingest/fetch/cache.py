"""An on-disk HTTP cache: one body file and one JSON header file per URL.

Keyed by the SHA-256 of the URL. Successful pages and permanent failures (404,
410 ...) are kept, so a re-run asks the network for nothing it has seen; transient
failures (timeouts, 5xx, 429) are never cached. Writes are atomic (temp file,
then rename), so a crash never leaves a half-written entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class CachedResponse:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str
    fetched_at: float
    body: bytes = b""


def default_cache_dir() -> Path:
    """``$SOURCETRACE_CACHE_DIR``, else ``$XDG_CACHE_HOME/sourcetrace/http``."""
    env = os.environ.get("SOURCETRACE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sourcetrace" / "http"


class DiskCache:
    def __init__(self, root: str | Path, *, max_age: float | None = None) -> None:
        self.root = Path(root)
        self.max_age = max_age  # seconds; None keeps entries forever (articles rarely change)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.root / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def get(self, url: str) -> CachedResponse | None:
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if self.max_age is not None and time.time() - float(meta["fetched_at"]) > self.max_age:
            return None
        return CachedResponse(body=body, **{k: meta[k] for k in
                              ("url", "final_url", "status", "content_type", "fetched_at")})

    def put(self, response: CachedResponse) -> None:
        meta_path, body_path = self._paths(response.url)
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        meta = asdict(response)
        del meta["body"]
        # Body first: a header file without its body would be read as a miss anyway.
        _atomic_write(body_path, response.body)
        _atomic_write(meta_path, json.dumps(meta).encode("utf-8"))


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
