//! The `rocu-map` command line: validate a data file, or render the map as SVG.

use std::process::ExitCode;

use rocu_map::core::overlay::Overlay;
use rocu_map::core::{text, validate, view};

const USAGE: &str = "\
Usage:
  rocu-map validate FILE
      Check a network.json file. Prints every problem with its JSON path.
      Exits 1 if there are errors, 0 if there are none (warnings allowed).
  rocu-map render --data FILE [--overlay NAME [--measure ID]] [--format svg|csv]
                 [--width PIXELS] [--out FILE]
      Draw the map as a standalone SVG (default width 800), or write the compare
      table for the overlay as CSV. Default output: stdout.
      Overlays: regions (default), capabilities (--measure a capability id, or
      coverage), funding (--measure a funding-source id, or total),
      dedicated-lead, tasking, inspection.
  rocu-map --help";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("rocu-map: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("validate") => {
            let file = args.get(1).ok_or("validate needs a FILE")?;
            let text = read(file)?;
            let report = validate::validate_str(&text);
            for p in &report.problems {
                println!("{file}: {p}");
            }
            let errors = report
                .problems
                .iter()
                .filter(|p| p.severity == validate::Severity::Error)
                .count();
            let warnings = report.problems.len() - errors;
            println!(
                "{file}: {}, {}",
                text::count(errors, "error"),
                text::count(warnings, "warning")
            );
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Some("render") => {
            let mut data = None;
            let mut out = None;
            let mut width = 800.0;
            let mut overlay = "regions".to_string();
            let mut measure: Option<String> = None;
            let mut format = "svg".to_string();
            let mut it = args.iter().skip(1);
            while let Some(flag) = it.next() {
                let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
                match flag.as_str() {
                    "--data" => data = Some(value.clone()),
                    "--out" => out = Some(value.clone()),
                    "--overlay" => overlay = value.clone(),
                    "--measure" => measure = Some(value.clone()),
                    "--format" => format = value.clone(),
                    "--width" => {
                        width = value
                            .parse::<f64>()
                            .map_err(|_| format!("--width `{value}` is not a number"))?;
                    }
                    other => return Err(format!("unknown option {other}")),
                }
            }
            let data = data.ok_or("render needs --data FILE")?;
            let overlay = Overlay::parse(&overlay, measure.as_deref())
                .ok_or_else(|| format!("unknown overlay `{overlay}`"))?;
            let text = read(&data)?;
            let svg = match format.as_str() {
                "svg" => view::render_overlay_svg(&text, width, &overlay),
                "csv" => view::render_csv(&text, &overlay),
                other => return Err(format!("unknown format `{other}` (use svg or csv)")),
            }
            .map_err(|e| e.to_string())?;
            match out {
                Some(path) => {
                    std::fs::write(&path, svg).map_err(|e| format!("cannot write {path}: {e}"))?
                }
                None => print!("{svg}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Some("--help") | Some("-h") | Some("help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("unknown command `{other}`")),
        None => Err("no command given".into()),
    }
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}
