"""Interface language: Qt translators for crmdesk and Qt's own dialogs, and the core hook."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crmdesk.i18n import install_translator, translations_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"


def install_language(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    """Load the translators for ``language`` (default Chinese) into ``app``.

    English needs no translator: the source strings are English. Missing ``.qm`` files
    are skipped (English is shown). Returns the installed translators, which must stay
    alive as long as the application.
    """
    language = language or DEFAULT_LANGUAGE
    installed: list[QTranslator] = []
    if language != "en":
        QLocale.setDefault(QLocale(language))
        candidates = [
            (translations_dir(), f"crmdesk_{language}"),
            (
                Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                f"qtbase_{language}",
            ),
        ]
        for folder, name in candidates:
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                log.info("no translation %s in %s", name, folder)
    else:
        QLocale.setDefault(QLocale("en_US"))
    install_translator(QCoreApplication.translate)
    return installed
