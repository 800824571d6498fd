"""The content format and its rules, for authors: lessons, the plan, validation, scaffolding.

Children's code never needs this package; teacher tools and the site read lessons through it.
"""
