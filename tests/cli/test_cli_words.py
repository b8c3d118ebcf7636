"""The command line speaks one language (English) per run and counts as people do."""

from __future__ import annotations

import re

import pytest

from cli.main import main
from content.commands import CreateItem
from content.modules.commands import CreateModule
from content.undo import UndoHistory
from db.engine import open_library

NORWEGIAN = re.compile(r"\b(felt|lenke|mangler|finnes|ikke|blokk|tegn|kuttet|bilde)\b")


def run(capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def worded(sample):
    """A barrier with stored codes (national, an audience, approved) and a bad link, in a module."""
    lib = open_library(sample.db)
    hist = UndoHistory(lib.sessions, author="t")
    item = CreateItem(values={
        "kind": "barrier", "title": "Uklar rolle for fylket", "status": "in_review",
        "audiences": ["naeringsutviklere"], "fields": {"level": "national"},
        "body": "Se [veilederen](javascript:alert(1)) og ![kart](http://eksempel.no/k.png).",
    })
    hist.run(item)
    module = CreateModule(values={
        "title": "Ordmodul", "code": "ORD-1",
        "sections": [{"title": "Del", "blocks": [{"item_id": item.entity_id}]}],
    })
    hist.run(module)
    lib.dispose()
    return item.entity_id, module.entity_id


def test_show_gives_words_not_codes(capsys, sample, worded):
    item_id, _module = worded
    code, out, _ = run(capsys, sample.args("show", item_id))
    assert code == 0
    assert "Barrier, In review, nb" in out
    assert "Level: National" in out
    assert "Audiences: Business developers" in out
    for raw in ("in_review", "national", "naeringsutviklere"):
        assert raw not in out


def test_list_shows_kinds_and_statuses_as_words_and_counts(capsys, sample, worded):
    code, out, err = run(capsys, sample.args("list", "items"))
    assert code == 0
    assert re.search(r"Barrier\s+In review\s+r1\s+Uklar rolle for fylket", out), out
    assert " in_review " not in out
    assert err.strip() == "5 items"
    _, _, err = run(capsys, sample.args("list", "curricula"))
    assert err.strip() == "1 curriculum"


def test_search_counts_one_hit_and_two_hits(capsys, sample, worded):
    _, out, err = run(capsys, sample.args("search", "fylket"))
    assert "Uklar rolle for fylket" in out
    assert err.strip() == "1 hit"
    _, _, err = run(capsys, sample.args("search", "næring"))
    assert err.strip() == "2 hits"


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_export_warnings_speak_the_cli_language(capsys, sample, worded, tmp_path, lang):
    """A bokmål or nynorsk file, but the run's messages stay English, one language per run."""
    _item, module = worded
    target = tmp_path / f"handbok-{lang}.pdf"
    code, _out, err = run(capsys, sample.args("export", "handbook", "--module", module,
                                             "--lang", lang, "--pdf", "print",
                                             "-o", str(target)))
    assert code == 0, err
    assert target.is_file()
    assert "link to «javascript:alert(1)» removed" in err
    assert "is not from the library" in err
    assert "field body" in err
    assert "Barrier «Uklar rolle for fylket»" in err
    assert not NORWEGIAN.search(err.replace("Uklar rolle for fylket", "")), err
    assert re.search(r"^\d+ warnings?:$", err, re.M), err


def test_the_english_warnings_end_with_the_run(capsys, sample):
    """A later export in the same process (the GUI, a script) warns in its own language."""
    from exporters import labels

    run(capsys, sample.args("list", "items"))
    assert labels.message_lang("nn") == "nn"
    assert labels.warning("item_gone", "nb") == "elementet mangler"
