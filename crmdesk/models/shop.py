"""Shop-wide tables: settings, saved register views, import presets and batches."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crmdesk.models.base import Base, utcnow


class Setting(Base):
    """One shop setting, stored as JSON text under its key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SavedView(Base):
    """A named register filter that the owner saved; it re-runs each time it is opened."""

    __tablename__ = "saved_views"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    filter_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ImportPreset(Base):
    """A named column mapping for importing a kind of file."""

    __tablename__ = "import_presets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    mapping_json: Mapped[str] = mapped_column(Text)


class ImportBatch(Base):
    """One finished import: which file, when, and what it did."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(400))
    kind: Mapped[str] = mapped_column(String(20))
    platform: Mapped[str | None] = mapped_column(String(20))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    summary_json: Mapped[str] = mapped_column(Text, default="{}")
