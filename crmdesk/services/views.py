"""Register views: the ready-made ones and the owner's own filters saved by name.

A view stores the register query (search, filters, sort), never the customer ids, so it
shows whoever matches today: a saved view of "lost customers in 浙江省" updates itself
as customers come and go. Ready-made views come from
:func:`crmdesk.services.analytics_text.ready_views` (本月生日 follows the month).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.i18n import translate
from crmdesk.models import SavedView
from crmdesk.services.analytics_text import ReadyView, ready_views
from crmdesk.services.register import RegisterQuery

#: Longest view name (the column holds 100 characters).
NAME_MAX = 100
#: Extra keys that pick customers by id: a view keeps the filter, not who matched it.
_ID_KEYS = frozenset({"ids"})
#: Stored class column -> the RegisterQuery.extra key that filters it.
_CLASS_FILTERS = {
    "rfm_segment": "rfm_segments",
    "pyramid_level": "pyramid_levels",
    "value_class": "value_classes",
    "lifecycle_stage": "lifecycle_stages",
    "loyalty_type": "loyalty_types",
}
#: Stored column -> register sort key, where they differ.
_SORT_KEYS = {"clv_fen": "clv", "total_spend_fen": "total_spend"}


@dataclass(frozen=True)
class View:
    """A view the register can show: ready-made (``view_id`` None) or saved by the owner."""

    key: str  # "ready:<key>" or "saved:<id>": stable within a session, for the UI
    name: str
    query: RegisterQuery
    ready: bool
    view_id: int | None = None


# --- RegisterQuery <-> JSON ----------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        tag, raw = next(iter(value.items()))
        if tag == "$datetime":
            return dt.datetime.fromisoformat(raw)
        if tag == "$date":
            return dt.date.fromisoformat(raw)
        if tag == "$decimal":
            return Decimal(raw)
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    return value


def query_to_json(query: RegisterQuery) -> str:
    """The query as JSON text (dates, datetimes and Decimals tagged so they come back)."""
    data = asdict(query)
    data["extra"] = {k: _encode(v) for k, v in query.extra.items() if k not in _ID_KEYS}
    return json.dumps({k: _encode(v) for k, v in data.items()}, ensure_ascii=False, sort_keys=True)


def query_from_json(text: str) -> RegisterQuery:
    """The query stored by :func:`query_to_json`; damaged or unknown parts are left out."""
    try:
        data = json.loads(text)
    except ValueError:
        return RegisterQuery()
    if not isinstance(data, dict):
        return RegisterQuery()
    default = RegisterQuery()
    values: dict[str, Any] = {}
    for f in fields(RegisterQuery):
        if f.name not in data:
            continue
        raw = _decode(data[f.name])
        current = getattr(default, f.name)
        try:
            if f.name == "extra":
                if isinstance(data[f.name], dict):
                    values["extra"] = {str(k): _decode(v) for k, v in data[f.name].items()}
            elif isinstance(current, tuple):
                values[f.name] = tuple(raw) if isinstance(raw, tuple) else ()
                if f.name == "tag_ids":
                    values[f.name] = tuple(int(v) for v in values[f.name])
            elif isinstance(current, bool):
                values[f.name] = bool(raw)
            elif f.name == "birthday_month":
                values[f.name] = int(raw) if raw is not None and 1 <= int(raw) <= 12 else None
            elif isinstance(current, str) or f.name == "province":
                values[f.name] = None if raw is None and current is None else str(raw or "")
        except (TypeError, ValueError):
            continue
    return replace(default, **values)


# --- ready-made views ----------------------------------------------------------------------


def ready_query(view: ReadyView) -> RegisterQuery:
    """The register query of a ready-made view."""
    query = RegisterQuery(
        sort_key=_SORT_KEYS.get(view.sort_column, view.sort_column), sort_desc=view.sort_desc
    )
    extra: dict[str, object] = {}
    for column, accepted in view.filters:
        if column in _CLASS_FILTERS:
            extra[_CLASS_FILTERS[column]] = tuple(accepted)
        elif column == "churn_warning":
            extra["churn_warning"] = bool(accepted[0])
        elif column == "relationship_status":
            query = replace(query, statuses=tuple(str(a) for a in accepted))
        elif column == "birthday_month":
            query = replace(query, birthday_month=int(accepted[0]))  # type: ignore[call-overload]
        else:
            raise KeyError(column)
    return replace(query, extra=extra)


# --- saved views ---------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise ValidationError(translate("Views", "A view needs a name."), field="name")
    if len(clean) > NAME_MAX:
        raise ValidationError(
            translate("Views", "A view name can have at most {n} characters.").format(n=NAME_MAX),
            field="name",
        )
    return clean


def _check_free(session: Session, name: str, own_id: int | None = None) -> None:
    found = session.execute(select(SavedView.id).where(SavedView.name == name)).scalar()
    if found is not None and found != own_id:
        raise ValidationError(
            translate("Views", "There is already a view named {name}.").format(name=name),
            field="name",
        )


def _saved(row: SavedView) -> View:
    return View(f"saved:{row.id}", row.name, query_from_json(row.filter_json), False, row.id)


def list_views(db: Database, today: dt.date | None = None) -> tuple[View, ...]:
    """The ready-made views, then the owner's saved views by name."""
    ready = tuple(View(f"ready:{v.key}", v.title, ready_query(v), True) for v in ready_views(today))
    with db.session() as session:
        rows = session.execute(select(SavedView).order_by(SavedView.name)).scalars().all()
        saved = tuple(_saved(r) for r in rows)
    return ready + saved


def save_view(db: Database, name: str, query: RegisterQuery, *, overwrite: bool = False) -> View:
    """Save ``query`` under ``name``; ``overwrite`` replaces a view of that name."""
    clean = _clean_name(name)
    text = query_to_json(query)
    with db.session() as session:
        row = session.execute(select(SavedView).where(SavedView.name == clean)).scalar()
        if row is not None and not overwrite:
            _check_free(session, clean)
        if row is None:
            row = SavedView(name=clean, filter_json=text)
            session.add(row)
        else:
            row.filter_json = text
        session.flush()
        return _saved(row)


def _get(session: Session, view_id: int) -> SavedView:
    row = session.get(SavedView, view_id)
    if row is None:
        raise NotFoundError(translate("Views", "This view no longer exists."))
    return row


def rename_view(db: Database, view_id: int, name: str) -> View:
    """Give a saved view another name."""
    clean = _clean_name(name)
    with db.session() as session:
        row = _get(session, view_id)
        _check_free(session, clean, view_id)
        row.name = clean
        session.flush()
        return _saved(row)


def delete_view(db: Database, view_id: int) -> None:
    """Forget a saved view (the customers it showed are not touched)."""
    with db.session() as session:
        session.delete(_get(session, view_id))


__all__ = [
    "View",
    "delete_view",
    "list_views",
    "query_from_json",
    "query_to_json",
    "ready_query",
    "rename_view",
    "save_view",
]
