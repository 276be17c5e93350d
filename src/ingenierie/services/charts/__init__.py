"""Chart data as plain values (geometry, labels, hex colours), drawn by the Qt widgets in
``ui/charts`` and by the PDF reports alike, so screen and paper agree."""
