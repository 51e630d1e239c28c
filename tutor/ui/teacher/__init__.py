"""Teacher mode's screens: reached only through a teacher's password (tutor.ui.teacher_sign_in)."""
