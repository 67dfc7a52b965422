//! Runs one stage of the pipeline over a set of files, so that callgrind can
//! count the instructions that stage alone executes.
//!
//! `profile/stages.sh` drives it; run by hand it is
//! `newswire-profile MODE [--warm] FILE...`. Every file is read and, for the
//! stage modes, the earlier stages' output computed before the measured
//! region starts, so a count under
//! `--toggle-collect='newswire_profile::measured_region'` is the stage's
//! own work. "pipeline" is `parse` with the lexicon tables already built
//! by one parse outside the region; with `--warm`, any mode runs once
//! outside the region first, so lazily built tables are not counted.

use std::hint::black_box;
use std::process::ExitCode;

use newswire::stages::Staged;

const MODES: &[&str] = &[
    "setup",
    "parse",
    "pipeline",
    "layout",
    "stamps",
    "dateline",
    "byline",
    "attribution",
    "quotes",
    "dates",
];

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(mode) = args.next().filter(|m| MODES.contains(&m.as_str())) else {
        eprintln!("usage: newswire-profile MODE [--warm] FILE...");
        eprintln!("modes: {}", MODES.join(" "));
        return ExitCode::FAILURE;
    };
    let mut warm = false;
    let mut texts = Vec::new();
    for arg in args {
        if arg == "--warm" {
            warm = true;
            continue;
        }
        match std::fs::read(&arg) {
            Ok(bytes) => texts.push(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) => {
                eprintln!("{arg}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    // "setup" and "parse" measure from nothing; the stage modes start from
    // the earlier stages' output, computed here outside the region.
    let staged: Vec<Staged<'_>> = if matches!(mode.as_str(), "setup" | "parse" | "pipeline") {
        Vec::new()
    } else {
        texts.iter().map(|t| Staged::new(t)).collect()
    };
    if let Some(first) = texts.first().filter(|_| mode == "pipeline") {
        warm_up("parse", std::slice::from_ref(first), &staged);
    }
    if warm {
        warm_up(&mode, &texts, &staged);
    }
    let total = measured_region(&mode, &texts, &staged);
    println!("{mode}: {total}");
    ExitCode::SUCCESS
}

/// The region callgrind counts; kept out of line so its name is a symbol.
#[inline(never)]
fn measured_region(mode: &str, texts: &[String], staged: &[Staged<'_>]) -> usize {
    run(mode, texts, staged)
}

/// The same work outside the region, so that what it builds once is built.
#[inline(never)]
fn warm_up(mode: &str, texts: &[String], staged: &[Staged<'_>]) -> usize {
    run(mode, texts, staged)
}

fn run(mode: &str, texts: &[String], staged: &[Staged<'_>]) -> usize {
    match mode {
        // The first parse in the process, of an empty text: the one-time
        // cost of building the tables every later parse shares.
        "setup" => touch(newswire::parse("")),
        "parse" => texts.iter().map(|t| touch(newswire::parse(t))).sum(),
        "pipeline" => texts.iter().map(|t| touch(newswire::parse(t))).sum(),
        "layout" => staged.iter().map(|s| black_box(s.layout())).sum(),
        "stamps" => staged.iter().map(|s| black_box(s.stamps())).sum(),
        "dateline" => staged
            .iter()
            .map(|s| usize::from(black_box(s.dateline())))
            .sum(),
        "byline" => staged.iter().map(|s| black_box(s.byline())).sum(),
        "attribution" => staged.iter().map(|s| black_box(s.attribution())).sum(),
        "quotes" => staged.iter().map(|s| black_box(s.quotes())).sum(),
        "dates" => staged.iter().map(|s| black_box(s.dates())).sum(),
        _ => 0,
    }
}

fn touch(article: newswire::Article<'_>) -> usize {
    black_box(&article);
    article.quotes.len()
}
