"""Deciding what a file is from its bytes, and refusing what is unsafe to parse.

The name's extension is never trusted: platforms save HTML tables as ``.xls`` and
owners rename files. Zip containers (xlsx, ods) are inspected before any parser sees
them (member count, sizes, compression ratio); OLE2 containers are opened far enough
to read their directory, which tells an old ``.xls`` from a password-protected xlsx
(``EncryptionInfo`` stream) or a Word document.
"""

from __future__ import annotations

import codecs
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from crmdesk.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.services.importing.table import ImportFileError

HEAD_BYTES = 65_536
MAX_FILE_BYTES = 1 << 30  # 1 GiB on disk
MAX_ZIP_MEMBERS = 10_000
MAX_MEMBER_BYTES = 1536 << 20  # one uncompressed part (a 1,048,576-row sheet is ~600 MB)
MAX_TOTAL_BYTES = 2 << 30
#: Real workbooks compress 5-100 times; a zip bomb ~1000 times. Small parts may be odd.
MAX_RATIO = 250
RATIO_FLOOR_BYTES = 16 << 20

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", QT_TRANSLATE_NOOP("Import", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Import", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("Import", "a GIF image")),
    (b"%PDF", QT_TRANSLATE_NOOP("Import", "a PDF document")),
    (b"Rar!", QT_TRANSLATE_NOOP("Import", "a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("Import", "a 7-Zip archive")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Import", "a gzip archive")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("Import", "a database file")),
    (b"MZ", QT_TRANSLATE_NOOP("Import", "a program")),
)
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True)
class SniffResult:
    """What the bytes say the file is: ``file_format`` as in :data:`FILE_FORMATS`."""

    file_format: str
    encoding: str | None = None
    #: Largest uncompressed member of a zip container, in bytes (0 otherwise).
    unpacked_bytes: int = 0


def _refuse(text: str, *args: object) -> ImportFileError:
    return ImportFileError(translate("Import", text).format(*args))


def _not_spreadsheet(what: str) -> ImportFileError:
    return ImportFileError(
        translate(
            "Import",
            "This file is {0}, not a spreadsheet. Choose the .xlsx, .xls or .csv file"
            " exported from the platform.",
        ).format(translate("Import", what))
    )


def encrypted_error() -> ImportFileError:
    """The message for a password-protected workbook (JD sends its exports this way)."""
    return _refuse(
        "This workbook is protected with a password (JD sends the password by text"
        " message). Open it in Excel or WPS with the password, save it as a new .xlsx file"
        " without a password, and import that file."
    )


def sniff(path: Path) -> SniffResult:
    """The file's format from its content; raises :class:`ImportFileError` otherwise."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except FileNotFoundError:
        raise _refuse("The file {0} does not exist (any more).", path.name) from None
    except IsADirectoryError:
        raise _refuse("{0} is a folder, not a file.", path.name) from None
    except OSError as exc:
        raise _refuse("The file {0} cannot be opened: {1}", path.name, exc.strerror) from None
    if size == 0:
        raise _refuse("The file {0} is empty (0 bytes).", path.name)
    if size > MAX_FILE_BYTES:
        raise _refuse(
            "The file {0} is {1:,} MB; files over {2:,} MB are not imported. Export a"
            " shorter period from the platform.",
            path.name,
            size >> 20,
            MAX_FILE_BYTES >> 20,
        )
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _sniff_zip(path)
    if head.startswith(_OLE_MAGIC):
        return _sniff_ole(path)
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            raise _not_spreadsheet(what)
    return _sniff_text(path, head)


def _sniff_zip(path: Path) -> SniffResult:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            check_zip_members(infos)
            if "mimetype" in names:
                mime = archive.read("mimetype")[:200].strip()
                if mime == _ODS_MIME:
                    return SniffResult("ods", unpacked_bytes=_largest(infos))
                if mime.startswith(b"application/vnd.oasis.opendocument"):
                    raise _not_spreadsheet("an OpenDocument text or presentation file")
            if "[Content_Types].xml" in names:
                types = archive.read("[Content_Types].xml")
                if b"spreadsheetml" in types or b"ms-excel" in types:
                    binary = b"sheet.binary" in types
                    return SniffResult("xlsb" if binary else "xlsx", unpacked_bytes=_largest(infos))
                if b"wordprocessingml" in types:
                    raise _not_spreadsheet("a Word document")
                if b"presentationml" in types:
                    raise _not_spreadsheet("a PowerPoint presentation")
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
        raise _refuse(
            "The file {0} is damaged (the zip container is incomplete or broken). It may"
            " not have finished downloading; export it again.",
            path.name,
        ) from None
    raise _not_spreadsheet("a zip archive")


def _largest(infos: list[zipfile.ZipInfo]) -> int:
    return max((i.file_size for i in infos), default=0)


def check_zip_members(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip whose members are too many, too large or compressed like a bomb."""
    if len(infos) > MAX_ZIP_MEMBERS:
        raise _refuse(
            "The workbook holds {0:,} parts; a real export holds a few dozen. It was not"
            " read, for safety.",
            len(infos),
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse("The workbook uses a compression method crmdesk cannot read.")
        if info.flag_bits & 0x1:
            raise encrypted_error()
        if (
            info.file_size > MAX_MEMBER_BYTES
            or total > MAX_TOTAL_BYTES
            or (info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO)
        ):
            raise _refuse(
                "The workbook unpacks to {0:,} MB from {1:,} KB ({2:,.0f} times larger): it"
                " is not a normal export and was not read, for safety.",
                info.file_size >> 20,
                info.compress_size >> 10,
                ratio,
            )


# --- OLE2 compound files (.xls, encrypted OOXML, old Office documents) ----------------


def ole_stream_names(data: bytes) -> set[str]:
    """Names in the directory of an OLE2 compound file (raises ValueError when broken)."""
    if len(data) < 512 or not data.startswith(_OLE_MAGIC):
        raise ValueError("no OLE2 header")
    sector_size = 1 << struct.unpack_from("<H", data, 30)[0]
    if sector_size not in (512, 4096):
        raise ValueError("bad sector size")
    num_fat, first_dir = struct.unpack_from("<II", data, 44)
    difat = list(struct.unpack_from("<109I", data, 76))
    next_difat, num_difat = struct.unpack_from("<II", data, 68)
    per_sector = sector_size // 4

    def sector(n: int) -> bytes:
        start = 512 + n * sector_size if sector_size == 512 else sector_size * (n + 1)
        if n >= 0xFFFFFFFA or start + sector_size > len(data):
            raise ValueError("sector out of range")
        return data[start : start + sector_size]

    for _ in range(num_difat):
        if next_difat >= 0xFFFFFFFA:
            break
        block = struct.unpack(f"<{per_sector}I", sector(next_difat))
        difat.extend(block[:-1])
        next_difat = block[-1]
    fat: list[int] = []
    for n in difat[: min(num_fat, len(difat))]:
        if n < 0xFFFFFFFA:
            fat.extend(struct.unpack(f"<{per_sector}I", sector(n)))
    names: set[str] = set()
    current, seen = first_dir, set()
    while current < 0xFFFFFFFA:
        if current in seen or current >= len(fat) or len(seen) > 100_000:
            raise ValueError("broken directory chain")
        seen.add(current)
        block = sector(current)
        for offset in range(0, sector_size, 128):
            length = struct.unpack_from("<H", block, offset + 64)[0]
            if 2 <= length <= 64 and block[offset + 66] in (1, 2, 5):
                names.add(block[offset : offset + length - 2].decode("utf-16-le", "replace"))
        current = fat[current]
    return names


def _sniff_ole(path: Path) -> SniffResult:
    try:
        names = ole_stream_names(path.read_bytes())
    except (ValueError, struct.error):
        raise _refuse(
            "The file {0} is damaged (its Office container cannot be read). Export it again.",
            path.name,
        ) from None
    lowered = {n.lower() for n in names}
    if "encryptioninfo" in lowered or "encryptedpackage" in lowered:
        raise encrypted_error()
    if "workbook" in lowered or "book" in lowered:
        return SniffResult("xls")
    if "worddocument" in lowered:
        raise _not_spreadsheet("a Word document")
    if "powerpoint document" in lowered:
        raise _not_spreadsheet("a PowerPoint presentation")
    raise _not_spreadsheet("an Office file of an unknown kind")


# --- text: HTML tables and CSV --------------------------------------------------------


def _sniff_text(path: Path, head: bytes) -> SniffResult:
    bom_encoding = _bom_encoding(head)
    if bom_encoding is None and b"\x00" in head:
        raise _not_spreadsheet("a file of an unknown kind")
    encoding = bom_encoding or detect_encoding(path)
    sample = head.decode(encoding or "latin-1", "replace").lstrip("\ufeff \t\r\n").lower()
    if sample.startswith("<"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in sample and "<table" not in sample:
            raise _refuse(
                "This is an “XML Spreadsheet 2003” file. Open it in Excel or WPS, save it"
                " as .xlsx and import that file."
            )
        if any(tag in sample for tag in ("<table", "<html", "<!doctype html", "<body")):
            return SniffResult("html", encoding=encoding)
        raise _not_spreadsheet("an XML or web file")
    return SniffResult("csv", encoding=encoding)


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def detect_encoding(path: Path) -> str:
    """``utf-8`` if the whole file decodes strictly as UTF-8, else ``gb18030``, else refuse."""
    for encoding in ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise _refuse(
        "The file {0} is neither UTF-8 nor GBK text, and not a spreadsheet either.", path.name
    )
