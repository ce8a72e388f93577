"""The demo site: builders for every app and their texts as data files (demo/data/), loaded by `load_demo`.

Installed only by the dev, test and serve settings, and left out of the production packages: the demo
accounts have a published password.
"""
