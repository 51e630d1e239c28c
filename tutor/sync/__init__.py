"""Moving progress between laptops and the school server: wire records, merge rules, USB bundles.

Nothing here is imported at start-up; the facade imports tutor.sync.bundle when a teacher exports
or imports a bundle. docs/bundles.md describes the format and the guarantees.
"""
