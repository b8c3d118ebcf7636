"""A long document typeset in parts, each by a Typst worker of its own, joined into one PDF.

Typst keeps every page it laid out until its process ends (about 0.8 MB a page of dense
handbook text, so about 370 MB for a 350-page handbook, with no way to evict it mid-compile).
Typesetting the body in parts of about ``PART_CHARS`` characters of data, each by a
short-lived worker of its own (two at once, of half the size, when a core is free), keeps
a worker's peak to one part's pages (benchmarks/bench_ua.py). Nothing in a part's layout
depends on another part: every part starts at a page break (a module or session
boundary), and what does depend on the whole (the page numbers of the contents, the running
head, «Side X av Y») is typeset last:

1. each body part is typeset without page furniture; its bookmarks say on which page and
   where each outlined heading stands;
2. the front part is the cover and the contents followed by one blank stand-in page per
   body page, holding that page's outlined headings, hidden, placed where they stand; so
   Typst's own contents lists the true pages and its running heads and page totals are
   those of the whole document;
3. the parts are joined with pikepdf: the stand-in pages' drawing (head and foot, marked
   as artifacts) is laid over the body pages, which take their place; the contents' links
   go to the body pages; the structure trees, parent trees (``/StructParents`` renumbered)
   and bookmarks of the parts are joined under the front's document element, catalogue,
   XMP metadata and page labels.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pikepdf

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# Characters of JSON data per part: about 100 handbook pages; such a worker peaks at ~150 MB.
# Two workers at once take half as much each (~105 MB; exporters.typst_pdf.parts_at_once).
PART_CHARS = 500_000
PAGE_HEIGHT = 841.89  # A4 in points, as the template's page
TOP_MARGIN = 24 * 72 / 25.4  # the template's top margin (24 mm) in points
FURNITURE = "/KvFurniture"
LINK_LIFT = 10.0  # Typst's links and bookmarks aim this many points above the heading


class PartsError(RuntimeError):
    """The parts did not come out as the join expects (the caller typesets in one go)."""


@dataclass(frozen=True)
class Part:
    """One body part typeset: its PDF and, per page, the outlined headings that stand there."""

    path: str
    pages: int
    heads: list[list[dict[str, Any]]]  # per page: {"level", "text", "dy"}
    levels: list[int]  # the heading level of each bookmark, in reading order

    def to_json(self) -> dict[str, Any]:
        """Return what the join needs of the part, for the worker's request."""
        return {"path": self.path, "pages": self.pages, "levels": self.levels}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Part:
        """Return a part from ``to_json`` (its headings are not needed to join it)."""
        return cls(path=value["path"], pages=value["pages"], heads=[], levels=value["levels"])


def split_body(body: list[Any], limit: int = PART_CHARS) -> list[list[Any]]:
    """Cut the body into parts of about ``limit`` JSON characters at its page breaks.

    Only a page break starts a part, so each part begins on a page of its own, as in the
    whole document. A body that has no break, or fits one part, stays one part.
    """
    parts: list[list[Any]] = [[]]
    size = 0
    for block in body:
        if block.get("t") == "PageBreak" and size >= limit:
            parts.append([])
            size = 0
        parts[-1].append(block)
        size += len(json.dumps(block, ensure_ascii=False))
    return [part for part in parts if part]


def outlined_headings(blocks: list[Any]) -> Iterator[dict[str, Any]]:
    """Yield the outlined headings of some blocks in reading order (boxes and lists too)."""
    for block in blocks:
        if not isinstance(block, dict):
            continue
        if block.get("t") == "Heading" and block.get("outlined"):
            yield block
        for child in block.get("blocks", ()):
            yield from outlined_headings([child])
        for item in block.get("items", ()):
            yield from outlined_headings(item)


def read_part(path: Path, headings: list[dict[str, Any]]) -> Part:
    """Return a typeset body part with the page and place of each outlined heading.

    ``headings`` are the part's outlined headings (``outlined_headings``). Each is a
    bookmark (the template bookmarks exactly those), in reading order; its destination
    gives the page and the top of the heading.
    """
    with pikepdf.open(path) as part:
        index = {page.obj.objgen: n for n, page in enumerate(part.pages)}
        places = []
        for dest in _bookmark_dests(part):
            places.append((index[dest[0].objgen], float(dest[3])))
        pages = len(part.pages)
    heads: list[list[dict[str, Any]]] = [[] for _ in range(pages)]
    if len(headings) != len(places):
        raise PartsError(f"{len(headings)} outlined headings but {len(places)} bookmarks")
    for heading, (page, top) in zip(headings, places, strict=True):
        heads[page].append(
            {
                "level": heading["level"],
                "text": heading["text"],
                "dy": round(PAGE_HEIGHT - top + LINK_LIFT - TOP_MARGIN, 3),
            }
        )
    levels = [int(heading["level"]) for heading in headings]
    return Part(path=str(path), pages=pages, heads=heads, levels=levels)


def _bookmark_dests(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Yield the destination of every bookmark, depth first (= reading order)."""
    for item in _bookmarks(pdf.Root.get("/Outlines")):
        dest = item.get("/Dest")
        if dest is None or not isinstance(dest, pikepdf.Array):
            raise PartsError("a bookmark without an explicit destination")
        yield dest


def _bookmarks(outlines: pikepdf.Object | None) -> Iterator[pikepdf.Object]:
    """Yield every bookmark under an outline root, depth first (= reading order)."""
    stack = [outlines.get("/First")] if outlines is not None else []
    while stack:
        item = stack.pop()
        if item is None:
            continue
        yield item
        stack.append(item.get("/Next"))
        stack.append(item.get("/First"))  # children before the next sibling


def stand_ins(parts: list[Part]) -> list[list[dict[str, Any]]]:
    """Return, for every body page of the joined document, the headings standing on it."""
    return [heads for part in parts for heads in part.heads]


def join_files(request: dict[str, Any]) -> None:
    """Join the parts a worker request names (``front``, ``parts``) into its ``output``."""
    parts = [Part.from_json(part) for part in request["parts"]]
    Path(request["output"]).write_bytes(join(Path(request["front"]).read_bytes(), parts))


def join(front: bytes, parts: list[Part], check: Callable[[], None] | None = None) -> bytes:
    """Join the front part (cover, contents, stand-in pages) and the body parts into one PDF."""
    body_pages = sum(part.pages for part in parts)
    with pikepdf.open(io.BytesIO(front)) as out:
        if "/Names" in out.Root or "/AcroForm" in out.Root:
            raise PartsError("the front part has named destinations or a form")
        first = len(out.pages) - body_pages  # the cover and the contents
        if first < 1:
            raise PartsError("the front part has fewer pages than the body")
        tree = out.Root.StructTreeRoot
        root_elem = _document_elem(tree)
        stands = [out.pages[first + n] for n in range(body_pages)]
        stand_ids = {page.obj.objgen for page in stands}
        forms = [page.as_form_xobject() for page in stands]
        for page in stands:
            if _has_tagged_content(page):
                raise PartsError("a stand-in page holds tagged content")
        nums = _nums(tree)
        stand_keys = {int(page.obj.get("/StructParents", -1)) for page in stands}
        nums = [(key, value) for key, value in nums if key not in stand_keys]
        _prune(root_elem, stand_ids)
        next_key = max((key for key, _ in nums), default=-1) + 1
        del out.pages[first:]
        outline_items: list[tuple[int, pikepdf.Object]] = []
        for part in parts:
            if check is not None:
                check()
            next_key = _append_part(out, part, root_elem, nums, next_key, outline_items)
        body = list(out.pages)[first:]
        for page, form in zip(body, forms, strict=True):
            _lay_over(out, page, form)
        _retarget_links(out, first, stand_ids, stands, body)
        tree.ParentTree = out.make_indirect(
            pikepdf.Dictionary(Nums=pikepdf.Array([x for kv in nums for x in kv]))
        )
        tree.ParentTreeNextKey = next_key
        _set_outline(out, outline_items)
        buffer = io.BytesIO()
        # object streams: the parts' many small structure objects take half the space
        out.save(
            buffer, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate
        )
    return buffer.getvalue()


def _document_elem(tree: pikepdf.Object) -> pikepdf.Object:
    """Return the one /Document element under a structure tree root."""
    kids = tree.K
    elem = kids[0] if isinstance(kids, pikepdf.Array) else kids
    if elem.get("/S") != "/Document" or (isinstance(kids, pikepdf.Array) and len(kids) != 1):
        raise PartsError("the structure tree does not start with one Document element")
    if not isinstance(elem.K, pikepdf.Array):
        elem.K = pikepdf.Array([elem.K])
    return elem


def _nums(tree: pikepdf.Object) -> list[tuple[int, Any]]:
    """Return a parent tree's entries (a flat /Nums array, as Typst writes it)."""
    parent = tree.ParentTree
    if "/Kids" in parent:
        raise PartsError("a parent tree with kids")
    flat = list(parent.get("/Nums", []))
    return [(int(flat[i]), flat[i + 1]) for i in range(0, len(flat), 2)]


def _has_tagged_content(page: pikepdf.Page) -> bool:
    """Tell whether a page's content has marked content with an MCID (real content)."""
    for instruction in pikepdf.parse_content_stream(page, "BDC"):
        operands: list[Any] = list(getattr(instruction, "operands", ()))
        props = operands[1] if len(operands) > 1 else None
        if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
            return True
    return False


def _prune(elem: pikepdf.Object, pages: set[tuple[int, int]]) -> bool:
    """Drop the kids of a structure element that stand only on the given pages.

    Returns whether the element is to be kept: something of it is left, or it was empty.
    """
    kids = elem.get("/K")
    if kids is None:
        return True
    items = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    page = elem.get("/Pg")
    on_dropped = page is not None and page.objgen in pages
    kept: list[pikepdf.Object] = []
    for kid in items:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR":
            if kid.get("/Type") == "/OBJR":
                kid_page = kid.get("/Pg")
                if not (kid_page is not None and kid_page.objgen in pages):
                    kept.append(kid)
            elif _prune(kid, pages):
                kept.append(kid)
        elif isinstance(kid, pikepdf.Dictionary):  # a marked-content reference
            kid_page = kid.get("/Pg", page)
            if not (kid_page is not None and kid_page.objgen in pages):
                kept.append(kid)
        elif not on_dropped:  # an MCID on the element's own page
            kept.append(kid)
    elem.K = pikepdf.Array(kept)
    return bool(kept) or not items


def _append_part(
    out: pikepdf.Pdf,
    part: Part,
    root_elem: pikepdf.Object,
    nums: list[tuple[int, Any]],
    next_key: int,
    outline_items: list[tuple[int, pikepdf.Object]],
) -> int:
    """Append a body part's pages, structure, parent tree and bookmarks; return the next key."""
    with pikepdf.open(part.path) as src:
        if "/Names" in src.Root or "/AcroForm" in src.Root:
            raise PartsError("a part has named destinations or a form")  # not joined here
        start = len(out.pages)
        out.pages.extend(src.pages)
        src_tree = src.Root.StructTreeRoot
        elem = out.copy_foreign(_document_elem(src_tree))
        if not all(isinstance(kid, pikepdf.Dictionary) and "/S" in kid for kid in elem.K):
            raise PartsError("the document element of a part holds content of its own")
        offset = next_key
        for key, value in _nums(src_tree):
            nums.append((key + offset, out.copy_foreign(value)))
            next_key = max(next_key, key + offset + 1)
        for page in list(out.pages)[start:]:
            if "/StructParents" in page.obj:
                page.obj.StructParents = int(page.obj.StructParents) + offset
            for annot in page.obj.get("/Annots", []):
                if "/StructParent" in annot:
                    annot.StructParent = int(annot.StructParent) + offset
        for kid in elem.K:
            if isinstance(kid, pikepdf.Dictionary):
                kid.P = root_elem
            root_elem.K.append(kid)
        _merge_role_map(out.Root.StructTreeRoot, src_tree)
        outlines = src.Root.get("/Outlines")
        if outlines is not None:
            marks = list(_bookmarks(out.copy_foreign(outlines)))
            if len(marks) != len(part.levels):
                raise PartsError("the bookmarks changed while the part was copied")
            outline_items += zip(part.levels, marks, strict=True)
    return next_key


def _merge_role_map(tree: pikepdf.Object, src_tree: pikepdf.Object) -> None:
    """Add a part's role map entries to the joined tree's."""
    src = src_tree.get("/RoleMap")
    if src is None:
        return
    if "/RoleMap" not in tree:
        tree.RoleMap = pikepdf.Dictionary()
    for key, value in src.items():
        if key not in tree.RoleMap:
            tree.RoleMap[key] = value


def _lay_over(out: pikepdf.Pdf, page: pikepdf.Page, form: pikepdf.Object) -> None:
    """Draw a stand-in page's furniture (a form XObject) under a body page's content."""
    resources = page.obj.get("/Resources")
    if resources is None:
        page.obj.Resources = resources = pikepdf.Dictionary()
    if "/XObject" not in resources:
        resources.XObject = pikepdf.Dictionary()
    resources.XObject[FURNITURE] = form
    # page furniture, as Typst marks its own heads and feet
    paint = f"/Artifact <</Type /Pagination>> BDC q {FURNITURE} Do Q EMC\n"
    page.contents_add(pikepdf.Stream(out, paint.encode()), prepend=True)


def _retarget_links(
    out: pikepdf.Pdf,
    first: int,
    stand_ids: set[tuple[int, int]],
    stands: list[pikepdf.Page],
    body: list[pikepdf.Page],
) -> None:
    """Point the contents' links at the body pages that took the stand-ins' places."""
    target = {stand.obj.objgen: page.obj for stand, page in zip(stands, body, strict=True)}
    for page in list(out.pages)[:first]:
        for annot in page.obj.get("/Annots", []):
            dest = annot.get("/Dest")
            if dest is None:
                action = annot.get("/A")
                dest = action.get("/D") if action is not None else None
            if isinstance(dest, pikepdf.Array) and len(dest) and dest[0].objgen in stand_ids:
                dest[0] = target[dest[0].objgen]


def _set_outline(out: pikepdf.Pdf, marks: list[tuple[int, pikepdf.Object]]) -> None:
    """Nest the parts' bookmarks by heading level, as Typst does, under one outline root.

    A part may start inside a session: its modules' bookmarks go under the session's
    bookmark from an earlier part. Every bookmark with children is closed, as Typst
    writes them (its /Count is minus the number of its children).
    """
    if not marks:
        if "/Outlines" in out.Root:
            del out.Root["/Outlines"]
        return
    root = out.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines))
    children: dict[int | tuple[int, int], list[pikepdf.Object]] = {}  # by parent (root: 0)
    parents: list[tuple[int, pikepdf.Object]] = []  # the open chain: level, bookmark
    for level, item in marks:
        for name in ("/First", "/Last", "/Next", "/Prev", "/Count"):
            if name in item:
                del item[name]
        while parents and parents[-1][0] >= level:
            parents.pop()
        parent = parents[-1][1] if parents else root
        item.Parent = parent
        children.setdefault(_key(parent, root), []).append(item)
        parents.append((level, item))
    for key, kids in children.items():
        parent = root if key == 0 else kids[0].Parent
        for n, kid in enumerate(kids):
            if n:
                kid.Prev = kids[n - 1]
            if n + 1 < len(kids):
                kid.Next = kids[n + 1]
        parent.First, parent.Last = kids[0], kids[-1]
        parent.Count = len(kids) if key == 0 else -len(kids)
    out.Root.Outlines = root


def _key(item: pikepdf.Object, root: pikepdf.Object) -> int | tuple[int, int]:
    """Return a key for a bookmark (0 for the outline root)."""
    same = item.objgen == root.objgen
    return 0 if same else (int(item.objgen[0]), int(item.objgen[1]))
