"""Parsing cells the French way into typed values, row by row, every problem noted."""
