"""Overwriting secrets in memory, as far as Python allows.

Python gives no control over where its immutable objects live or when their
memory is reused, so secrets are kept in ``bytearray`` buffers that are
zeroed when no longer needed (:func:`wipe`). Where a library hands back an
immutable copy (``bytes`` from a cipher, a ``str`` that SQLite must be given),
:func:`wipe_bytes` and :func:`wipe_str` overwrite that object's own buffer in
place with ``ctypes.memset`` just before it is dropped. They are only ever
used on fresh objects this code created and holds the only reference to; they
refuse the shared singletons (empty and one-character objects) and interned
strings, and do nothing on interpreters whose object layout is not known.
"""

from __future__ import annotations

import ctypes
import platform
import sys

#: True where the object layout these wipes rely on is known.
LAYOUT_KNOWN = platform.python_implementation() == "CPython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
#: Where a bytes object's characters start (sizeof(PyBytesObject) minus its NUL).
_BYTES_DATA = sys.getsizeof(b"") - 1
#: sizeof(PyASCIIObject): where an ASCII string's characters start.
_ASCII_HEAD = sys.getsizeof("") - 1
#: sizeof(PyCompactUnicodeObject): where a non-ASCII compact string's characters start.
_COMPACT_HEAD = sys.getsizeof("\u00e9") - 2
#: Offset of the ``state`` bit field (after refcount, type, length, hash).
_STATE = 4 * ctypes.sizeof(ctypes.c_ssize_t)


def wipe(buffer: bytearray | memoryview) -> None:
    """Zero a mutable buffer in place."""
    view = memoryview(buffer).cast("B")
    view[:] = bytes(len(view))


def wipe_bytes(data: bytes) -> None:
    """Zero a fresh ``bytes`` object's buffer in place (see the module docstring)."""
    if not LAYOUT_KNOWN or type(data) is not bytes or len(data) < 2:
        return
    ctypes.memset(id(data) + _BYTES_DATA, 0, len(data))


def wipe_str(text: str) -> None:
    """Zero a fresh, non-interned ``str`` object's characters (and its cached UTF-8 copy) in place."""
    if not LAYOUT_KNOWN or type(text) is not str or len(text) < 2:
        return
    state = ctypes.c_uint32.from_address(id(text) + _STATE).value
    interned, kind, compact, ascii_only = state & 3, (state >> 2) & 7, (state >> 5) & 1, (state >> 6) & 1
    if interned or not compact or kind not in (1, 2, 4):
        return
    if ascii_only:
        ctypes.memset(id(text) + _ASCII_HEAD, 0, len(text))
        return
    # PyCompactUnicodeObject: after the ASCII head, utf8_length then the utf8 pointer (a cached copy, if any).
    utf8_length = ctypes.c_ssize_t.from_address(id(text) + _ASCII_HEAD).value
    utf8 = ctypes.c_void_p.from_address(id(text) + _ASCII_HEAD + ctypes.sizeof(ctypes.c_ssize_t)).value
    if utf8 and utf8_length > 0:
        ctypes.memset(utf8, 0, utf8_length)
    ctypes.memset(id(text) + _COMPACT_HEAD, 0, len(text) * kind)
