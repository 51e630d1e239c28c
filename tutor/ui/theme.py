"""The high-contrast theme: white and yellow on black, for learners who see poorly.

Guarantees: apply_theme(app, True) gives every palette role a colour whose contrast with its
background is at least 7:1 (WCAG AAA) for text, in the active, inactive and disabled groups;
apply_theme(app, False) restores the style's own palette. Right and wrong marks in practice read
the palette (tutor.ui.practice.controls.show_mark), so they stay legible on black.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

BACKGROUND = QColor("#000000")
TEXT = QColor("#ffffff")
HIGHLIGHT = QColor("#ffd800")  # selection and focus: yellow, with black text on it
LINK = QColor("#7fdbff")
DISABLED_TEXT = QColor("#bdbdbd")


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (
            roles.Window,
            roles.Base,
            roles.AlternateBase,
            roles.Button,
            roles.ToolTipBase,
        ):
            palette.setColor(group, role, BACKGROUND)
        for role in (
            roles.WindowText,
            roles.Text,
            roles.ButtonText,
            roles.ToolTipText,
            roles.BrightText,
            roles.PlaceholderText,
        ):
            palette.setColor(group, role, TEXT)
        palette.setColor(group, roles.Highlight, HIGHLIGHT)
        palette.setColor(group, roles.HighlightedText, BACKGROUND)
        palette.setColor(group, roles.Link, LINK)
        palette.setColor(group, roles.LinkVisited, LINK)
        palette.setColor(group, roles.Light, TEXT)
        palette.setColor(group, roles.Mid, DISABLED_TEXT)
        palette.setColor(group, roles.Dark, TEXT)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Window, roles.Base, roles.Button):
        palette.setColor(disabled, role, BACKGROUND)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, DISABLED_TEXT)
    return palette


def apply_theme(app: QApplication, high_contrast: bool) -> None:
    style = app.style()
    app.setPalette(high_contrast_palette() if high_contrast else style.standardPalette())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
