"""Charts drawn on the server as inline SVG: no charts library, nothing for the page to fetch, and the browser
renders the Chinese labels with the reader's own fonts. Each point carries a <title> (its value on hover) and,
where given, a link to its evidence."""

from __future__ import annotations

from html import escape

WIDTH, HEIGHT, MARGIN = 640, 260, 48
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e")


def _scale(values: list[float]) -> float:
    top = max([v for v in values if v is not None] or [0])
    return top if top > 0 else 1


def line_chart(title: str, xs: list[int], series: dict[str, list[tuple[float | None, str | None]]]) -> str:
    """Lines over `xs` (years), one per series: {label: [(value or None, evidence href or None), …]}."""
    top = _scale([v for points in series.values() for v, _ in points])
    step = (WIDTH - 2 * MARGIN) / max(len(xs) - 1, 1)

    def x(i: int) -> float:
        return MARGIN + i * step if len(xs) > 1 else WIDTH / 2

    def y(value: float) -> float:
        return HEIGHT - MARGIN - value / top * (HEIGHT - 2 * MARGIN)

    parts = [_frame(title, top)]
    parts += [
        f'<text x="{x(i):.1f}" y="{HEIGHT - MARGIN + 18}" text-anchor="middle" class="tick">{year}</text>'
        for i, year in enumerate(xs)
    ]
    for n, (label, points) in enumerate(series.items()):
        color = PALETTE[n % len(PALETTE)]
        known = [(i, v, href) for i, (v, href) in enumerate(points) if v is not None]
        if len(known) > 1:
            path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v, _ in known)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        for i, v, href in known:
            dot = (
                f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="4" fill="{color}">'
                f"<title>{escape(label)} {xs[i]}: {v:g}</title></circle>"
            )
            parts.append(f'<a href="{escape(href)}">{dot}</a>' if href else dot)
        parts.append(  # one legend line per series, at the top right, clear of the title
            f'<text x="{WIDTH - MARGIN}" y="{16 + 14 * n}" text-anchor="end" fill="{color}" class="legend">'
            f"■ {escape(label)}</text>"
        )
    return _svg(title, parts)


def bar_chart(title: str, bars: list[tuple[str, float, str | None]]) -> str:
    """Vertical bars: [(label, value, href or None), …]."""
    top = _scale([v for _, v, _ in bars])
    slot = (WIDTH - 2 * MARGIN) / max(len(bars), 1)
    parts = [_frame(title, top)]
    for i, (label, value, href) in enumerate(bars):
        height = value / top * (HEIGHT - 2 * MARGIN)
        left = MARGIN + i * slot + slot * 0.15
        bar = (
            f'<rect x="{left:.1f}" y="{HEIGHT - MARGIN - height:.1f}" width="{slot * 0.7:.1f}" '
            f'height="{height:.1f}" fill="{PALETTE[0]}"><title>{escape(label)}: {value:g}</title></rect>'
        )
        parts.append(f'<a href="{escape(href)}">{bar}</a>' if href else bar)
        parts.append(
            f'<text x="{left + slot * 0.35:.1f}" y="{HEIGHT - MARGIN + 18}" text-anchor="middle" class="tick">'
            f"{escape(label)}</text>"
        )
    return _svg(title, parts)


def _frame(title: str, top: float) -> str:
    return (
        f'<text x="{MARGIN}" y="20" class="chart-title">{escape(title)}</text>'
        f'<line x1="{MARGIN}" y1="{HEIGHT - MARGIN}" x2="{WIDTH - MARGIN}" y2="{HEIGHT - MARGIN}" stroke="#888"/>'
        f'<line x1="{MARGIN}" y1="{MARGIN}" x2="{MARGIN}" y2="{HEIGHT - MARGIN}" stroke="#888"/>'
        f'<text x="{MARGIN - 6}" y="{MARGIN + 4}" text-anchor="end" class="tick">{top:g}</text>'
        f'<text x="{MARGIN - 6}" y="{HEIGHT - MARGIN}" text-anchor="end" class="tick">0</text>'
    )


def _svg(title: str, parts: list[str]) -> str:
    return (
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" xmlns="http://www.w3.org/2000/svg">' + "".join(parts) + "</svg>"
    )
