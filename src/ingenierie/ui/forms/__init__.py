"""What every form shares: the dialog base, inputs, pickers and link lists."""
