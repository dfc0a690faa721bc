COLORS = {"red": 31}
