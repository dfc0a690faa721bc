PRESETS = {
    "traffic-light": [("F8696B", 0), ("FFEB84", 50), ("63BE7B", 100)],
    "heat": [("FFFFFF", 0), ("F8696B", 100)],
}


def apply_preset(ws, cell_range, name="traffic-light"):
    from openpyxl.formatting.rule import ColorScaleRule
    stops = PRESETS[name]
    rule = ColorScaleRule(start_type="percentile", start_value=stops[0][1], start_color=stops[0][0],
                          end_type="percentile", end_value=stops[-1][1], end_color=stops[-1][0])
    ws.conditional_formatting.add(cell_range, rule)
    return ws
