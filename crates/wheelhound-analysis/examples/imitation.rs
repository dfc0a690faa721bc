//! Calibration aid for the name detectors: reads package names from stdin and prints, for each
//! one that imitates a popular project, `name<TAB>target<TAB>rank<TAB>resemblance`.
//!
//! `--holdout N` instead builds the list from the N most popular projects only and checks the
//! rest of the list against it: those less popular names are real, mostly legitimate projects,
//! so how many of them are flagged estimates the false-positive rate of the name signals.

use std::io::{self, BufRead, Write};

use wheelhound_analysis::names::{Popular, normalize, popular};

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let mut out = io::stdout().lock();
    if let Some(cut) = args
        .iter()
        .position(|a| a == "--holdout")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<u32>().ok())
    {
        let text = include_str!("../data/top-pypi-15000.tsv");
        let rank_of = |line: &str| line.split('\t').next().and_then(|r| r.parse::<u32>().ok());
        let head: String = text
            .lines()
            .filter(|l| rank_of(l).is_some_and(|r| r <= cut))
            .map(|l| format!("{l}\n"))
            .collect();
        let list = Popular::parse(&head);
        let (mut flagged, mut total) = (0, 0);
        for line in text.lines().filter(|l| rank_of(l).is_some_and(|r| r > cut)) {
            let Some((_, name)) = line.split_once('\t') else {
                continue;
            };
            total += 1;
            if let Some(i) = list.imitated(&normalize(name)) {
                flagged += 1;
                writeln!(out, "{name}\t{}\t{}\t{:?}", i.target, i.rank, i.how)?;
            }
        }
        writeln!(out, "# flagged {flagged} of {total}")?;
        return Ok(());
    }
    for line in io::stdin().lock().lines() {
        let name = line?;
        if let Some(i) = popular().imitated(&normalize(&name)) {
            writeln!(out, "{name}\t{}\t{}\t{:?}", i.target, i.rank, i.how)?;
        }
    }
    Ok(())
}
