"""The open customer card windows: one per customer, brought to the front when asked again."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crmdesk.db import Database


class CardWindows:
    """Customer card windows by customer id; a new card joins once it has saved a customer.

    ``open_card`` answers a card's request to open another customer (a merge partner, a
    referrer); ``saved`` runs after any card saves, so the register can refresh.
    """

    def __init__(
        self,
        parent: QWidget,
        open_card: Callable[[int], None],
        saved: Callable[[], None],
    ) -> None:
        self._parent = parent
        self._open_card = open_card
        self._saved = saved
        self._cards: dict[int, QWidget] = {}

    def open(self, db: Database, customer_id: int | None) -> None:
        """Show the card of a customer (one window per customer), or a new empty card."""
        if customer_id is not None and customer_id in self._cards:
            card = self._cards[customer_id]
            card.show()
            card.raise_()
            card.activateWindow()
            return
        from crmdesk.ui.card import CustomerCardDialog

        dialog = CustomerCardDialog(db, customer_id, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if customer_id is not None:
            self._cards[customer_id] = dialog
        dialog.saved.connect(lambda changed, d=dialog: self._card_saved(d, changed))
        dialog.openCustomerRequested.connect(self._open_card)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        dialog.show()

    def close(self, customer_ids: Iterable[int]) -> None:
        """Close the cards of these customers (gone in a merge, say)."""
        for cid in customer_ids:
            card = self._cards.pop(cid, None)
            if card is not None:
                card.close()

    def close_all(self) -> None:
        """Close every card (the shop file is being closed)."""
        for card in list(self._cards.values()):
            card.close()
        self._cards.clear()

    def windows(self) -> dict[int, QWidget]:
        """The card windows open now, by customer id."""
        return dict(self._cards)

    def _card_saved(self, dialog: QWidget, changed: Any) -> None:
        for created in getattr(changed, "created", ()):
            self._cards.setdefault(created, dialog)
        self._saved()

    def _forget(self, dialog: QWidget) -> None:
        for cid in [cid for cid, d in self._cards.items() if d is dialog]:
            del self._cards[cid]
