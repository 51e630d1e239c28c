"""Guards against a PySide6 defect that crashed the interpreter (seen in 6.12.0).

When Qt calls a Python override of QWizardPage.isComplete(), that release dropped one reference
to the returned bool each call; on Python 3.11 True is not immortal, so a long enough session of
typing into the first-run wizard ended in "Fatal Python error: bool_dealloc".
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWizard, QWizardPage
from pytestqt.qtbot import QtBot


class AlwaysComplete(QWizardPage):
    def isComplete(self) -> bool:
        return True


def test_qt_calling_a_python_is_complete_keeps_references_to_true(qtbot: QtBot) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = AlwaysComplete()
    wizard.addPage(page)
    wizard.show()
    before = sys.getrefcount(True)
    for _ in range(200):
        page.completeChanged.emit()  # QWizard re-reads isComplete() through C++
    lost = before - sys.getrefcount(True)
    assert lost < 50, f"{lost} references to True lost: this PySide6 release is unsafe"
