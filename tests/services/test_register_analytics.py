"""The register's analytics columns: shown, sorted and filtered in SQL; the ready views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.db import Database, open_database
from crmdesk.models import Customer
from crmdesk.services import register as reg
from crmdesk.services import views
from crmdesk.services.demo import create_demo_shop
from crmdesk.services.register import RegisterQuery
from crmdesk.services.register_columns import ANALYTICS_COLUMNS, COLUMNS, SORT_COLUMNS

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A small demo shop (every class present), shared by the read-only tests here."""
    db = open_database(Path(tmp_path_factory.mktemp("demo")) / "demo.crmdesk")
    create_demo_shop(db, customers=200, orders=1200, today=TODAY)
    yield db
    db.close()


def _all_rows(db: Database, query: RegisterQuery) -> list[reg.RegisterRow]:
    return reg.fetch_page(db, query, 0, 10_000)


def _stored(db: Database) -> list[Customer]:
    with db.session() as session:
        return list(
            session.execute(select(Customer).where(Customer.deleted_at.is_(None))).scalars()
        )


def test_every_figure_is_a_hidden_sortable_column() -> None:
    keys = {c.key: c for c in COLUMNS}
    for key in ANALYTICS_COLUMNS:
        assert keys[key].sortable and not keys[key].default_visible, key
        assert key in SORT_COLUMNS


def test_rows_carry_the_stored_figures(demo_db: Database) -> None:
    stored = {c.id: c for c in _stored(demo_db)}
    rows = _all_rows(demo_db, RegisterQuery())
    assert len(rows) == len(stored)
    for row in rows:
        c = stored[row.id]
        assert (row.r_days, row.r_score, row.f_score, row.m_score) == (
            c.r_days, c.r_score, c.f_score, c.m_score,
        )  # fmt: skip
        assert (row.rfm_segment, row.pyramid_level, row.value_class) == (
            c.rfm_segment, c.pyramid_level, c.value_class,
        )  # fmt: skip
        assert (row.lifecycle_stage, row.loyalty_type) == (c.lifecycle_stage, c.loyalty_type)
        assert row.clv == (None if c.clv_fen is None else Decimal(c.clv_fen) / 100)
        assert row.churn_warning == bool(c.churn_warning)


@pytest.mark.parametrize("key", ANALYTICS_COLUMNS)
def test_sorting_by_each_figure_nulls_last(demo_db: Database, key: str) -> None:
    for desc in (False, True):
        rows = _all_rows(demo_db, RegisterQuery(sort_key=key, sort_desc=desc))
        values = [getattr(r, key) for r in rows]
        present = [v for v in values if v is not None]
        assert values[: len(present)] == present, "NULLs come last"
        assert present == sorted(present, reverse=desc)
        assert len(set(present)) > 1, "the demo shop has more than one value"


@pytest.mark.parametrize(
    ("extra_key", "attr"),
    [
        ("rfm_segments", "rfm_segment"),
        ("pyramid_levels", "pyramid_level"),
        ("value_classes", "value_class"),
        ("lifecycle_stages", "lifecycle_stage"),
        ("loyalty_types", "loyalty_type"),
    ],
)
def test_filtering_by_each_class(demo_db: Database, extra_key: str, attr: str) -> None:
    stored = _stored(demo_db)
    values = sorted({getattr(c, attr) for c in stored if getattr(c, attr) is not None})
    assert len(values) >= 2
    wanted = tuple(values[:2])
    ids = reg.fetch_ids(demo_db, RegisterQuery(extra={extra_key: wanted}))
    assert sorted(ids) == sorted(c.id for c in stored if getattr(c, attr) in wanted)


def _ready(db: Database, key: str) -> list[reg.RegisterRow]:
    view = next(v for v in views.list_views(db, TODAY) if v.key == f"ready:{key}")
    return _all_rows(db, view.query)


def test_ready_views_show_what_their_names_say(demo_db: Database) -> None:
    stored = _stored(demo_db)

    important = _ready(demo_db, "important_value")
    assert {r.id for r in important} == {c.id for c in stored if c.rfm_segment == "important_value"}
    assert important and all(r.rfm_segment == "important_value" for r in important)

    retain = _ready(demo_db, "important_retain")
    assert {r.id for r in retain} == {c.id for c in stored if c.rfm_segment == "important_retain"}

    warning = _ready(demo_db, "churn_warning")
    assert warning and {r.id for r in warning} == {c.id for c in stored if c.churn_warning}

    lost = _ready(demo_db, "lost_by_value")
    expected = sorted(
        (c for c in stored if c.relationship_status == "lost"),
        key=lambda c: (-c.total_spend_fen, -c.id),
    )
    assert lost and [r.id for r in lost] == [c.id for c in expected]

    birthdays = _ready(demo_db, "birthdays_this_month")
    month = {c.id for c in stored if c.birthday is not None and c.birthday.month == TODAY.month}
    assert {r.id for r in birthdays} == month
    assert all(r.birthday is not None and r.birthday.month == TODAY.month for r in birthdays)
