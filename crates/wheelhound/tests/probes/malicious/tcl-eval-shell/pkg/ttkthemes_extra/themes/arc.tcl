namespace eval ttk::theme::arc {
    variable colors
    array set colors {-fg "#5c616c" -bg "#f5f6f7" -selectbg "#5294e2"}
    ttk::style theme create arc -parent clam -settings {
        ttk::style configure . -background $colors(-bg) -foreground $colors(-fg)
    }
}
