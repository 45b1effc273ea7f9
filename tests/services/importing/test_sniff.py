"""File type from the bytes: the name's extension is never trusted."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from crmdesk.services.importing import ImportFileError, sniff
from crmdesk.services.importing.sniff import ole_stream_names

from .xlsx_parts import row, write_xlsx

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def make_cfb(stream_names: list[str]) -> bytes:
    """A minimal OLE2 compound file: header, one FAT sector, one directory sector."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, END, 0, END, 0)
    struct.pack_into("<109I", header, 76, 0, *([FREE] * 108))
    fat = struct.pack("<128I", FATSECT, END, *([FREE] * 126))
    directory = bytearray(512)
    for slot, (name, kind) in enumerate([("Root Entry", 5), *((n, 2) for n in stream_names)]):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        base = slot * 128
        directory[base : base + len(encoded)] = encoded
        struct.pack_into("<HB", directory, base + 64, len(encoded), kind)
    return bytes(header) + fat + bytes(directory)


def test_cfb_directory_is_read() -> None:
    names = ole_stream_names(make_cfb(["EncryptionInfo", "EncryptedPackage"]))
    assert {"Root Entry", "EncryptionInfo", "EncryptedPackage"} <= names


def test_encrypted_workbook_asks_for_the_password_first(tmp_path: Path) -> None:
    path = tmp_path / "京东订单.xlsx"
    path.write_bytes(make_cfb(["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"]))
    with pytest.raises(ImportFileError, match="password"):
        sniff(path)


def test_old_xls_container_is_xls(tmp_path: Path) -> None:
    path = tmp_path / "orders.dat"
    path.write_bytes(make_cfb(["Workbook"]))
    assert sniff(path).file_format == "xls"


def test_word_document_in_an_ole_container_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.xls"
    path.write_bytes(make_cfb(["WordDocument"]))
    with pytest.raises(ImportFileError, match="Word"):
        sniff(path)


def test_broken_ole_container_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "a.xls"
    path.write_bytes(make_cfb(["Workbook"])[:700])
    with pytest.raises(ImportFileError, match="damaged"):
        sniff(path)


def test_xlsx_is_found_whatever_the_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "orders.csv", row(1, ["a"]))
    assert sniff(path).file_format == "xlsx"


def test_ods_is_found_by_its_mimetype(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    assert sniff(path).file_format == "ods"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("\ufeff订单号,姓名\n1,张三\n".encode(), "utf-8-sig"),
        ("订单号,姓名\n1,张三\n".encode(), "utf-8"),
        ("订单号,姓名\n1,张三\n".encode("gbk"), "gb18030"),
        ("订单号,姓名\n1,𠀀䶮\n".encode("gb18030"), "gb18030"),
        ("订单号\t姓名\n".encode("utf-16"), "utf-16"),
    ],
)
def test_csv_encoding_chain(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(data)
    result = sniff(path)
    assert (result.file_format, result.encoding) == ("csv", encoding)


def test_gbk_far_into_the_file_is_still_found(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"id,name\n" + b"1,abc\n" * 200_000 + "2,张三\n".encode("gbk"))
    assert sniff(path).encoding == "gb18030"


def test_html_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "orders.xls"
    path.write_text("\ufeff<html><body><table><tr><td>订单号</td></tr></table>", "utf-8")
    assert sniff(path).file_format == "html"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        (b"%PDF-1.7\n" + b"\x00" * 100, "PDF"),
        (b"\x00\x01\x02\x03binary", "unknown"),
        (b"<?xml version='1.0'?><svg></svg>", "XML"),
    ],
)
def test_other_files_are_named_and_refused(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "orders.xlsx"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=what):
        sniff(path)


def test_docx_renamed_to_xlsx_is_named(tmp_path: Path) -> None:
    path = tmp_path / "orders.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types><Override ContentType="application/vnd.openxmlformats-officedocument'
            '.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(ImportFileError, match="Word document"):
        sniff(path)


def test_plain_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "orders.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ImportFileError, match="zip archive"):
        sniff(path)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError, match="empty"):
        sniff(empty)
    with pytest.raises(ImportFileError, match="does not exist"):
        sniff(tmp_path / "missing.xlsx")


def test_text_that_is_neither_utf8_nor_gb18030_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"name\n\x81\x20\x81\x20\xff\xff\n")
    with pytest.raises(ImportFileError, match="neither UTF-8 nor GBK"):
        sniff(path)
