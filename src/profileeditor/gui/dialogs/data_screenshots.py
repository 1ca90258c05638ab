"""Render the spreadsheet-import preview and the duplicates side-by-side view, in English and
Arabic, to PNG with the demo vault (part of ``python -m profileeditor.gui.screenshots OUTDIR``).

Look at every picture: Arabic must lay out right to left, with no clipped labels or boxes.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

SHEET = (
    "الاسم,تاريخ الميلاد,المحافظة,الحالة,تاريخ القبض,رقم القضية,الاتهامات\n"
    "سلمي عبد الرءوف منصور,12/4/1991,الجيزة,محتجزة,٢٩/٩/٢٠١٩,1338/2019,الانضمام إلى جماعة إرهابية\n"
    "محمود سامي عطية,1993-07-21,القاهرة,محتجز,سبتمبر 2020,855/2020,نشر أخبار كاذبة\n"
    "ريم أشرف لطفي,31/2/1996,الإسكندرية,مختفية,2021-01-05,,\n"
    "أحمد محمد عبد الله,1990-05-01,الدقهلية,محتجز منذ زمن,2019-09-20,1338/2019,تهمة غير معروفة\n"
)


def _wait(app, controller) -> None:
    job = controller.job
    while job is not None and not job.done:
        app.processEvents()


def render(out_dir: Path, languages=("en", "ar")) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from profileeditor.core.keyfile import KdfParams
    from profileeditor.gui import dialog_service, i18n
    from profileeditor.gui.app import create_application
    from profileeditor.gui.dialogs.duplicates_dialog import open_duplicates
    from profileeditor.gui.dialogs.import_sheet_dialog import open_import_sheet
    from profileeditor.gui.dialogs.welcome import create_demo_vault
    from profileeditor.gui.settings import AppSettings

    class Quiet(dialog_service.DialogService):
        def information(self, parent, title, text):
            pass

        def confirm(self, parent, title, text):
            return False

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    scratch = Path(tempfile.mkdtemp(prefix="profileeditor-shots-"))
    previous = dialog_service.set_service(Quiet())
    try:
        settings = AppSettings(scratch / "settings.ini")
        app = create_application(sys.argv[:1], settings, "en")
        from profileeditor.gui.main_window import MainWindow

        sheet = scratch / "detainees.csv"
        sheet.write_bytes(b"\xef\xbb\xbf" + SHEET.encode("utf-8"))
        for lang in languages:
            settings.language = lang
            i18n.install(app, lang)
            vault, demo_dir = create_demo_vault(KdfParams.insecure_for_tests())
            window = MainWindow(settings)
            window.open_vault(vault, demo_dir)

            def save(widget, name: str, lang: str = lang) -> None:
                QApplication.processEvents()
                path = out_dir / f"{name}-{lang}.png"
                widget.grab().save(str(path))
                written.append(path)

            importer = open_import_sheet(window, vault, sheet)
            _wait(app, importer)
            importer.view.resize(1100, 640)
            save(importer.view, "import-mapping")
            importer.view.preview_button.click()
            _wait(app, importer)
            importer.view.problems_view.resizeRowsToContents()
            save(importer.view, "import-preview")
            importer.view.reject()

            salma = vault.repository.ids("Salma")[0]
            twin = vault.repository.get_profile(salma, with_data=False)
            vault.repository.create_profile(
                {
                    "name": {"ar": "سلمي عبد الرءوف منصور", "en": "Salma Abdelraouf Mansour"},
                    "birth_date": twin.get("birth_date"),
                    "governorate": twin.get("governorate"),
                    "status": "released",
                    "occupation": {"ar": "مترجمة", "en": "Translator"},
                }
            )
            duplicates = open_duplicates(window, vault)
            duplicates.view.resize(1300, 640)
            _wait(app, duplicates)
            duplicates.view.splitter.setSizes([420, 880])
            save(duplicates.view, "duplicates")
            duplicates.view.reject()
            window.shutdown()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        i18n.install(app, "en")
    finally:
        dialog_service.set_service(previous)
        shutil.rmtree(scratch, ignore_errors=True)
    return written
