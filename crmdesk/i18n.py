"""Translation hook for the core: English source strings, translated when a UI is running.

The core imports no Qt, yet its messages (validation errors, import problems, class
names) must reach the owner in Chinese. Call sites write ``translate("Context", "Text")``
— the form ``pyside6-lupdate`` extracts — and the UI installs Qt's translator at start.
Without a UI (tests, command line) a plain catalogue loaded from the shipped ``.ts`` file
can be installed instead, so the CLI speaks Chinese too.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


class _Hook:
    """Holds the one translator of the process (set once at start-up)."""

    fn: Translator = _identity


def translate(context: str, text: str) -> str:
    """Return ``text`` in the owner's language (``context`` groups strings for translators)."""
    return _Hook.fn(context, text)


def install_translator(fn: Translator | None) -> None:
    """Route :func:`translate` through ``fn``; ``None`` restores English."""
    _Hook.fn = fn or _identity
