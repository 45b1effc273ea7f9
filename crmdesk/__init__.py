"""crmdesk: an offline desktop CRM for the owner of a small online shop."""

__version__ = "0.1.0"
