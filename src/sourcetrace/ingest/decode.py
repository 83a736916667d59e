"""Bytes to text: UTF-8 first, then detection; binary content is refused with a reason."""

from __future__ import annotations

from sourcetrace.errors import InputError

# Control characters other than tab/newline/CR/form-feed are a strong binary signal.
_CONTROL = bytes(range(0, 32)).replace(b"\t", b"").replace(b"\n", b"").replace(b"\r", b"")
_CONTROL = _CONTROL.replace(b"\x0c", b"")


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``InputError`` for binary or undecodable data."""
    if looks_binary(data):
        raise InputError("binary content, not text", code="E203")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    # latin-1 decodes every byte; reached only when detection gives up on short inputs.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
