"""The export dialog's card choices (issue 14 item 4): shown for cards only, and what they say
reaches the files (size, both languages on an ar+en card)."""

from __future__ import annotations

from PIL import Image

from profileeditor.gui.dialogs.export_dialog import ExportDialog, ExportSelection


def test_card_choices_reach_the_cards(qtbot, demo_vault, dialogs, tmp_path):
    dialog = ExportDialog(demo_vault, ExportSelection())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_selection("all")
    dialog.set_format("pdf")
    assert not dialog.card_choices.isVisible()
    dialog.set_format("card")
    assert dialog.card_choices.isVisible() and dialog.card_choices.label.isVisible()
    dialog.card_choices.choose(size="link", template="figure", variant="years")
    dialog.set_language("ar+en")
    folder = tmp_path / "cards"
    dialogs.folders.append(str(folder))
    dialog.choose_path()
    assert dialog.request().card == {
        "card_size": "link",
        "card_template": "figure",
        "card_variant": "years",
    }
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.controller.running, timeout=60_000)
    pngs = sorted(folder.glob("*.png"))
    assert pngs and len(pngs) == len(dialog.written)
    assert all(p.name.startswith("card-") and "-link-ar-en" in p.name for p in pngs)
    for path in pngs:
        with Image.open(path) as image:
            assert image.size == (1200, 675)
