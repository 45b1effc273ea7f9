"""The shipped Chinese translation: complete, placeholders intact, compiled, up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET  # our own shipped file
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "crmdesk_zh_CN.ts"
QM = FOLDER / "crmdesk_zh_CN.qm"
SCRIPT = ROOT / "scripts" / "translations.sh"

#: What must survive translation unchanged: {name}/{0:,} fields, %n/%1 and HTML tags.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|</?[a-zA-Z][^<>]*>")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context, message element) of every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.extend((name, message) for message in context.iter("message"))
    return found


def texts(message: ET.Element) -> list[str]:
    """The translation text(s) of a message (one per plural form)."""
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


def test_ts_declares_its_languages() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("language") == "zh_CN"
    assert root.get("sourcelanguage") == "en"


def test_every_message_is_translated() -> None:
    unfinished = []
    for context, message in messages(TS):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is not None or not all(t.strip() for t in texts(message)):
            unfinished.append((context, message.findtext("source")))
    assert not unfinished, f"{len(unfinished)} messages untranslated: {unfinished[:20]}"


def test_translations_keep_placeholders_and_accelerators() -> None:
    wrong = []
    for context, message in messages(TS):
        source = message.findtext("source") or ""
        for text in texts(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append((context, source, text))
            if re.search(r"&\w", source) and not re.search(r"\(&[A-Z]\)", text):
                wrong.append((context, source, text))
    assert not wrong, wrong


def test_domain_terms_follow_the_design() -> None:
    catalogue = {
        (context, message.findtext("source")): texts(message)[0]
        for context, message in messages(TS)
    }
    assert catalogue[("Analytics", "Important value")] == "重要价值客户"
    assert catalogue[("Analytics", "Exploration")] == "考察期"
    assert catalogue[("Analytics", "Absolute loyalty")] == "绝对忠诚"
    assert catalogue[("Analytics", "Customer lifetime value")] == "客户终生价值"
    assert catalogue[("Status", "First-time buyer")] == "首次购买客户"
    assert catalogue[("Status", "Lost customer")] == "流失客户"
    assert catalogue[("CardLabels", "Lost customer survey card")] == "流失客户调查卡"
    assert catalogue[("MainWindow", "&File")] == "文件(&F)"


def test_qm_matches_the_ts() -> None:
    assert QM.exists(), "run scripts/translations.sh to compile the .qm"
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for context, message in messages(TS):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            got = translator.translate(context, source, None, 2)  # %n is filled in later
        else:
            got = translator.translate(context, source)
        want = texts(message)[0]
        if got != want:
            stale.append((context, source, got, want))
    assert not stale, f"the .qm is older than the .ts; run scripts/translations.sh: {stale[:5]}"
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    assert translator.translate("Status", "Loyal customer") == "忠诚客户"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_no_source_string_is_missing_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["bash", str(SCRIPT), "--extract", str(fresh)], check=True, cwd=ROOT)
    found = {(context, message.findtext("source")) for context, message in messages(fresh)}
    shipped = {(context, message.findtext("source")) for context, message in messages(TS)}
    assert len(found) > 500
    missing = sorted(found - shipped)
    assert not missing, (
        f"{len(missing)} strings are not in {TS.name}; run scripts/translations.sh "
        f"and translate them: {missing[:20]}"
    )
