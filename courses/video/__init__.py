"""The remote-learning video library: a sub-app of `courses` (a lesson's video is a library video).

It is its own Django app (label `video`) so its models and migrations evolve apart from the cycle's.
"""
