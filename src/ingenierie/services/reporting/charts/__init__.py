"""Vector charts for the PDF (``reportlab.graphics``), drawn from the plain chart data of
``services/charts`` — the numbers, scales, labels and colours the window draws."""
