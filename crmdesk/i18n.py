"""Translation hook for the core: English source strings, translated when a UI is running.

The core imports no Qt, yet its messages (validation errors, import problems, class
names) must reach the owner in Chinese. Call sites write ``translate("Context", "Text")``
— the form ``pyside6-lupdate`` extracts — and the UI installs Qt's translator at start.
Without a UI (tests, command line) a plain catalogue loaded from the shipped ``.ts`` file
can be installed instead, so the CLI speaks Chinese too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


class _Hook:
    """Holds the one translator of the process (set once at start-up)."""

    fn: Translator = _identity


def translate(context: str, text: str) -> str:
    """Return ``text`` in the owner's language (``context`` groups strings for translators)."""
    return _Hook.fn(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction where it is defined; it is returned unchanged.

    Use it for strings kept in tables and translated later, where the lookup passes a
    variable: ``translate(context, text)`` with the same ``context``.
    """
    return text


def install_translator(fn: Translator | None) -> None:
    """Route :func:`translate` through ``fn``; ``None`` restores English."""
    _Hook.fn = fn or _identity


def translations_dir() -> Path:
    """The folder holding the shipped ``.ts`` and ``.qm`` files."""

    here = Path(__file__).resolve().parent
    for candidate in (
        here.parent / "resources" / "translations",
        here / "resources" / "translations",
    ):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources" / "translations"


def load_ts_catalog(lang: str) -> dict[tuple[str, str], str]:
    """Finished translations of the shipped ``crmdesk_<lang>.ts``, for use without Qt."""
    import xml.etree.ElementTree as ET  # our own shipped file, not user input

    path = translations_dir() / f"crmdesk_{lang}.ts"
    if not path.exists():
        return {}
    catalog: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if (
                tr is None
                or tr.get("type") in ("unfinished", "obsolete", "vanished")
                or not tr.text
            ):
                continue
            catalog[(name, msg.findtext("source") or "")] = tr.text
    return catalog


def install_catalog(lang: str | None) -> None:
    """Translate core messages from the shipped catalogue (command line, no Qt)."""
    if not lang or lang.startswith("en"):
        install_translator(None)
        return
    catalog = load_ts_catalog(lang)
    install_translator(lambda context, text: catalog.get((context, text), text))


def cli_language(explicit: str | None) -> str:
    """The command line's language: ``--lang`` if given, else the environment's locale."""
    import os

    if explicit:
        return explicit
    env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "zh_CN" if env.lower().startswith("zh") else "en"
