//! The `rocu-map` command line: validate a data file, or render the map as SVG,
//! PNG, a static HTML fragment, the compare table as CSV, or the presentation
//! as a printed board paper (PDF).

use std::process::ExitCode;

use rocu_map::core::data::validate;
use rocu_map::core::lang::{words, Lang};
use rocu_map::core::layout::overlay::Overlay;
use rocu_map::core::layout::text;
use rocu_map::core::markup::export::{self, Output};
use rocu_map::core::markup::page::Paper;

#[cfg(not(target_arch = "wasm32"))]
mod pdf;
#[cfg(not(target_arch = "wasm32"))]
mod raster;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("rocu-map: {message}\n\n{}", words().cli_usage());
            ExitCode::from(2)
        }
    }
}

/// The arguments without `--lang X`, and the language it names (English if none).
fn take_lang(args: &[String]) -> Result<(Vec<String>, Lang), String> {
    let mut rest = Vec::with_capacity(args.len());
    let mut lang = Lang::En;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--lang" {
            lang = match it.next().map(String::as_str) {
                Some("en") => Lang::En,
                Some("cy") => Lang::Cy,
                Some(other) => return Err(format!("--lang must be en or cy, not `{other}`")),
                None => return Err("--lang needs a value: en or cy".into()),
            };
        } else {
            rest.push(a.clone());
        }
    }
    Ok((rest, lang))
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let (args, lang) = take_lang(args)?;
    // (A WebAssembly build of the command has its language fixed when built.)
    #[cfg(not(target_arch = "wasm32"))]
    rocu_map::core::lang::set(lang);
    #[cfg(target_arch = "wasm32")]
    let _ = lang;
    let args = args.as_slice();
    match args.first().map(String::as_str) {
        Some("validate") => {
            let file = args.get(1).ok_or(words().cli_validate_needs_file())?;
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
                text::count(errors, words().noun_error()),
                text::count(warnings, words().noun_warning())
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
            let mut region: Option<String> = None;
            let mut scale = 1.0f32;
            let mut paper = "a4".to_string();
            let mut it = args.iter().skip(1);
            while let Some(flag) = it.next() {
                let value = it.next().ok_or_else(|| words().cli_needs_value(flag))?;
                match flag.as_str() {
                    "--data" => data = Some(value.clone()),
                    "--out" => out = Some(value.clone()),
                    "--overlay" => overlay = value.clone(),
                    "--measure" => measure = Some(value.clone()),
                    "--format" => format = value.clone(),
                    "--region" => region = Some(value.clone()),
                    "--paper" => paper = value.clone(),
                    "--scale" => {
                        scale = value
                            .parse::<f32>()
                            .map_err(|_| words().cli_not_a_number("--scale", value))?;
                    }
                    "--width" => {
                        width = value
                            .parse::<f64>()
                            .map_err(|_| words().cli_not_a_number("--width", value))?;
                    }
                    other => return Err(words().cli_unknown_option(other)),
                }
            }
            let data = data.ok_or(words().cli_render_needs_data())?;
            let overlay = Overlay::parse(&overlay, measure.as_deref())
                .ok_or_else(|| words().unknown_overlay(&overlay))?;
            let text = read(&data)?;
            if format == "pdf" {
                let paper =
                    Paper::parse(&paper).ok_or_else(|| words().cli_unknown_paper(&paper))?;
                if region.is_some() {
                    return Err(words().cli_pdf_no_region().into());
                }
                let out = out.ok_or_else(|| words().cli_needs_out("PDF"))?;
                let bytes = pdf(&text, &overlay, paper)?;
                write(&out, bytes)?;
                return Ok(ExitCode::SUCCESS);
            }
            let output = match format.as_str() {
                "svg" | "png" => Output::Svg,
                "html" => Output::Html,
                "csv" => Output::Csv,
                other => return Err(words().cli_unknown_format(other)),
            };
            let written = export::render(&text, width, &overlay, region.as_deref(), output)
                .map_err(|e| e.to_string())?;
            let bytes = if format == "png" {
                png(&written, scale)?
            } else {
                written.into_bytes()
            };
            match out {
                Some(path) => write(&path, bytes)?,
                None if format == "png" => return Err(words().cli_needs_out("PNG")),
                None => {
                    use std::io::Write;
                    std::io::stdout()
                        .write_all(&bytes)
                        .map_err(|e| words().cli_cannot_write_output(e.to_string()))?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some("export-tables") => {
            let flags = flags(&args[1..], &["--data", "--out"])?;
            let (data, dir) = (need(&flags, "--data")?, need(&flags, "--out")?);
            let files = tables(&read(data)?)?;
            std::fs::create_dir_all(dir)
                .map_err(|e| words().cli_cannot_make(dir, e.to_string()))?;
            for (name, text) in files {
                let path = std::path::Path::new(dir).join(name);
                let path = path.display().to_string();
                write(&path, text)?;
                println!("{}", words().cli_wrote(&path));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some("import") => {
            let flags = flags(&args[1..], &["--data", "--tables", "--out"])?;
            let data = need(&flags, "--data")?;
            let (dir, out) = (need(&flags, "--tables")?, need(&flags, "--out")?);
            match import(&read(data)?, dir)? {
                Ok(text) => {
                    write(out, text)?;
                    println!("{}", words().cli_wrote(out));
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    for p in &problems {
                        println!("{p}");
                    }
                    let count = text::count(problems.len(), words().noun_problem());
                    println!("{}", words().cli_nothing_written(count));
                    Ok(ExitCode::from(1))
                }
            }
        }
        Some("--help") | Some("-h") | Some("help") => {
            println!("{}", words().cli_usage());
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(words().cli_unknown_command(other)),
        None => Err(words().cli_no_command().into()),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    raster::png(svg, scale)
}

/// The presentation's pages as a PDF, the overview and region pages coloured by `overlay`.
#[cfg(not(target_arch = "wasm32"))]
fn pdf(text: &str, overlay: &Overlay, paper: Paper) -> Result<Vec<u8>, String> {
    use rocu_map::core::layout::view::MapView;
    use rocu_map::core::markup::page::pages;
    let mut view = MapView::from_json(text, 800.0).map_err(|e| e.to_string())?;
    view.set_overlay(overlay.clone(), 800.0);
    let title = view.atlas.network.meta.title.clone();
    pdf::pdf(&title, &pages(view, paper))
}

/// (The command line is native; these only keep a WebAssembly build of every
/// target compiling.)
#[cfg(target_arch = "wasm32")]
fn png(_svg: &str, _scale: f32) -> Result<Vec<u8>, String> {
    Err("PNG output needs the native command line".into())
}

#[cfg(target_arch = "wasm32")]
fn pdf(_text: &str, _overlay: &Overlay, _paper: Paper) -> Result<Vec<u8>, String> {
    Err("PDF output needs the native command line".into())
}

/// `--flag value` pairs, each flag one of `known`.
fn flags<'a>(args: &'a [String], known: &[&str]) -> Result<Vec<(&'a str, &'a str)>, String> {
    let mut out = Vec::new();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        if !known.contains(&flag.as_str()) {
            return Err(words().cli_unknown_option(flag));
        }
        let value = it.next().ok_or_else(|| words().cli_needs_value(flag))?;
        out.push((flag.as_str(), value.as_str()));
    }
    Ok(out)
}

fn need<'a>(flags: &[(&str, &'a str)], flag: &str) -> Result<&'a str, String> {
    flags
        .iter()
        .find(|(f, _)| *f == flag)
        .map(|(_, v)| *v)
        .ok_or_else(|| words().cli_needed(flag))
}

#[cfg(not(target_arch = "wasm32"))]
fn tables(text: &str) -> Result<Vec<(&'static str, String)>, String> {
    rocu_map::tables::export(text)
}

/// The tables in `dir` read back into the data file `text`: the new file, or
/// the problems (as lines to print).
#[cfg(not(target_arch = "wasm32"))]
fn import(text: &str, dir: &str) -> Result<Result<String, Vec<String>>, String> {
    use rocu_map::tables::{self, Problem};
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for name in tables::FILES {
        let path = std::path::Path::new(dir).join(name);
        match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.push((name.to_string(), text)),
                Err(_) => problems.push(Problem::general(words().table_not_utf8(name))),
            },
            Err(e) => problems.push(Problem::general(
                words().cli_cannot_read(name, e.to_string()),
            )),
        }
    }
    let lines = |ps: Vec<Problem>| ps.iter().map(ToString::to_string).collect();
    if !problems.is_empty() {
        return Ok(Err(lines(problems)));
    }
    Ok(tables::import(text, &files).map_err(lines))
}

#[cfg(target_arch = "wasm32")]
fn tables(_text: &str) -> Result<Vec<(&'static str, String)>, String> {
    Err("the tables need the native command line".into())
}

#[cfg(target_arch = "wasm32")]
fn import(_text: &str, _dir: &str) -> Result<Result<String, Vec<String>>, String> {
    Err("the tables need the native command line".into())
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| words().cli_cannot_read(path, e.to_string()))
}

fn write(path: &str, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| words().cli_cannot_write(path, e.to_string()))
}
