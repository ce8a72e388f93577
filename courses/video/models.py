"""Models of the video library."""
