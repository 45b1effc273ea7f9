"""Charts of the shop's customer base as matplotlib Figures (never pyplot, no Qt).

:func:`class_chart` draws one classification of a
:class:`crmdesk.services.analytics.ShopSummary` as bars: customers per class. Labels come
from :func:`crmdesk.services.analytics_text.label`, so they are Chinese when the owner's
language is; the font list puts CJK families first so they render without boxes.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure

from crmdesk.services.analytics import ShopSummary
from crmdesk.services.analytics_text import label

#: Font families tried in order: CJK first (Linux, Windows, macOS), then matplotlib's own.
CJK_FONTS = [
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "WenQuanYi Micro Hei",
    "Noto Sans Mono CJK SC",
    "Noto Serif CJK SC",
    "DejaVu Sans",
]
#: Classifications drawn, in the order the card shows them.
CHART_KINDS = ("rfm_segment", "pyramid_level", "value_class", "lifecycle_stage", "loyalty_type")
BAR_COLOR = "#2f6db5"


def font_families() -> list[str]:
    """The families of :data:`CJK_FONTS` installed here (asking for absent ones logs noise)."""
    from matplotlib import font_manager

    present = {f.name for f in font_manager.fontManager.ttflist}
    return [name for name in CJK_FONTS if name in present] or ["DejaVu Sans"]


def font_rc() -> dict[str, object]:
    """rc settings for text that may hold Chinese (use with ``matplotlib.rc_context``)."""
    families = font_families()
    return {"font.family": "sans-serif", "font.sans-serif": families, "axes.unicode_minus": False}


def class_chart(
    summary: ShopSummary,
    kind: str,
    title: str = "",
    *,
    labeller: Callable[[str, str], str] = label,
    size: tuple[float, float] = (5.0, 3.0),
) -> Figure:
    """Customers per class of ``kind`` as a horizontal bar chart, largest class on top."""
    import matplotlib

    counts = summary.counts[kind]
    keys = list(counts)
    rc = font_rc()
    with matplotlib.rc_context(rc):
        figure = Figure(figsize=size, dpi=100, layout="constrained")
        axes = figure.add_subplot()
        names = [labeller(kind, k) for k in keys]
        values = [counts[k] for k in keys]
        # barh draws the first bar at the bottom: reverse so the list reads top-down.
        bars = axes.barh(names[::-1], values[::-1], color=BAR_COLOR)
        axes.bar_label(bars, padding=3, fontsize=8)
        axes.set_xlim(0, max([*values, 1]) * 1.15)
        axes.tick_params(labelsize=8)
        axes.spines[["top", "right"]].set_visible(False)
        if title:
            axes.set_title(title, fontsize=10)
        # Fonts are resolved when text is drawn; keep the family on each text object.
        for text in [*axes.get_yticklabels(), axes.title]:
            text.set_fontfamily(rc["font.sans-serif"])
    return figure


def bar_values(figure: Figure) -> dict[str, float]:
    """Label -> bar length of a chart made by :func:`class_chart`, top bar first."""
    axes = figure.axes[0]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    pairs = zip(labels, axes.patches, strict=True)
    return {name: float(patch.get_width()) for name, patch in reversed(list(pairs))}


__all__ = ["CHART_KINDS", "CJK_FONTS", "bar_values", "class_chart", "font_families", "font_rc"]
