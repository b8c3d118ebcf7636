"""Citations of sources: in-text references and bibliography entries (nb, nn, en).

The handbook and trainer guide (ReportLab and the document model both) cite the same way:
«Onsager og Vareide 2020, s. 12» in the text, and the full entry in the bibliography.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from exporters.labels import label, warning
from exporters.rltext import markup

if TYPE_CHECKING:
    from collections.abc import Callable

    from content.exports.snapshot import ItemSnapshot


def _authors(source: ItemSnapshot) -> list[str]:
    """Return a source's authors as written («Onsager, Knut»)."""
    return [" ".join(str(a).split()) for a in source.fields.get("authors") or [] if str(a).strip()]


def surnames(source: ItemSnapshot) -> str:
    """Return the sort key of a source: its authors' surnames, or its title."""
    authors = [a.split(",")[0].strip() for a in _authors(source)]
    return ", ".join(authors) if authors else source.title


def _joiner(lang: str) -> str:
    return " and " if lang == "en" else " og "


def in_text(source: ItemSnapshot, locator: str, lang: str) -> str:
    """Return one in-text citation: surnames, year if known, and the locator.

    «Onsager 2020, s. 12», «Onsager og Vareide 2020, s. 12», «KS mfl. 2023»; in English
    «p. 12» and «and»/«et al.». A locator typed as «s. 4–5», «side 4» or «p. 4» is
    normalised to the language's page abbreviation.
    """
    authors = [a.split(",")[0].strip() for a in _authors(source)]
    if not authors:
        names = source.title
    elif len(authors) == 1:
        names = authors[0]
    elif len(authors) == 2:
        names = _joiner(lang).join(authors)
    else:
        names = authors[0] + (" et al." if lang == "en" else " mfl.")
    text = f"{names} {year_of(source)}".strip()
    loc = " ".join(locator.split())
    bare = re.sub(r"^(s\.|side|sidene|pp?\.|pages?)\s*", "", loc, flags=re.I)
    if re.fullmatch(r"[\d\s–\-,]+", bare):
        loc = f"{label('page_abbr', lang)} {bare.replace('-', '–')}"
    if loc:
        text += f", {loc}"
    return text


def reference(source: ItemSnapshot, lang: str) -> str:
    """Return one bibliography entry as escaped markup.

    Same names, order and year as the in-text citation, so «(Onsager og Vareide 2020)» is
    found under «Onsager, Knut og Vareide, Knut (2020). *Title*. Publisher. URL.»
    """
    fields = source.fields
    authors = _authors(source)
    who = (
        ", ".join(authors[:-1]) + _joiner(lang) + authors[-1]
        if len(authors) > 1
        else (authors[0] if authors else "")
    )
    year = year_of(source) or ("n.d." if lang == "en" else "u.å.")
    title = f"<i>{markup(source.title)}</i>"
    end = "" if source.title.endswith((".", "?", "!")) else "."
    text = f"{markup(who)} ({year}). {title}{end}" if who else f"{title} ({year})."
    if fields.get("publisher"):
        text += f" {markup(str(fields['publisher']))}."
    if fields.get("url"):
        text += f" {markup(str(fields['url']))}"
    return text


def year_of(source: ItemSnapshot) -> str:
    """Return a source's year as text."""
    year = source.fields.get("year")
    if isinstance(year, str) and year.strip().isdigit():
        return year.strip()
    return str(int(year)) if isinstance(year, int | float) and not isinstance(year, bool) else ""


def cite(
    item: ItemSnapshot,
    where: str,
    sources: dict[str, ItemSnapshot],
    cited: dict[str, None],
    lang: str,
    warn: Callable[[str], None],
) -> str:
    """Return an item's in-text citation, e.g. «(Onsager og Vareide 2020, s. 12)».

    Each cited source is noted in ``cited`` (in order, for the bibliography); a citation of
    a source the export does not hold is left out with a warning naming ``where``.
    """
    parts = []
    for ref in item.citations:
        source = sources.get(ref.source_id)
        if source is None:
            warn(warning("source_missing", lang, where=where, source=ref.source_id))
            continue
        cited[source.id] = None
        parts.append(in_text(source, ref.locator, lang))
    return f"({'; '.join(parts)})" if parts else ""


def bibliography_sources(
    cited: dict[str, None], sources: dict[str, ItemSnapshot], every: tuple[ItemSnapshot, ...]
) -> list[ItemSnapshot]:
    """Return the sources a bibliography lists (the cited ones, else all), in its order."""
    chosen = [sources[i] for i in cited] or list(every)
    return sorted(chosen, key=lambda s: (surnames(s).lower(), year_of(s)))
