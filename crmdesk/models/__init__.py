"""SQLAlchemy tables, one module per aggregate. Importing this package registers them all."""

from crmdesk.models.base import Base
from crmdesk.models.contact import ContactRecord
from crmdesk.models.customer import Customer, CustomerAccount, CustomerTag, ImportantDate, Tag
from crmdesk.models.membership import PointsEntry, Reward, Tier, TierChange
from crmdesk.models.order import Order, OrderItem
from crmdesk.models.shop import ImportBatch, ImportPreset, SavedView, Setting

__all__ = [
    "Base",
    "ContactRecord",
    "Customer",
    "CustomerAccount",
    "CustomerTag",
    "ImportBatch",
    "ImportPreset",
    "ImportantDate",
    "Order",
    "OrderItem",
    "PointsEntry",
    "Reward",
    "SavedView",
    "Setting",
    "Tag",
    "Tier",
    "TierChange",
]
