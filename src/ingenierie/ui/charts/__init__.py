"""Charts drawn with Qt from plain data: the power/interest grid, the stage timeline."""
