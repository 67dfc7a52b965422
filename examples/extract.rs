//! Print what newswire extracts, as one JSON object per file.
//!
//! ```text
//! cargo run --release --example extract                      # the built-in sample story
//! cargo run --release --example extract -- a.txt b.txt       # one JSON line per file
//! cargo run --release --example extract -- --pretty a.txt
//! cargo run --release --example extract -- --reference-date 2019-08-15 a.txt
//! ```
//!
//! A file that is missing or not UTF-8 gets one line on stderr naming it and
//! why; the other files are still processed and the exit status is 1.

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

/// The sample story: seed 000, an IANS rewrite of a Yonhap report of KCNA.
const SAMPLE: &str = include_str!("../tests/fixtures/000_a06729ea5d7077eb.txt");

/// Output is written to stdout in blocks of at least this many bytes.
const BLOCK: usize = 1 << 16;

/// The contract's object: the article's fields with the file's path first.
#[derive(Serialize)]
struct Line<'a, 'p> {
    path: &'p str,
    #[serde(flatten)]
    article: &'a newswire::Article<'a>,
}

/// One buffer that every file is read into in turn.
///
/// `read_to_end` on a `File` asks the file's size (`statx`) and position
/// (`lseek`) before reading, two system calls as costly as the read itself
/// for a news article of a few kilobytes. Reading into a buffer that is
/// already large enough needs only the reads.
#[derive(Default)]
struct FileBuf {
    /// Zeroed once and never shrunk, so that reads can fill it safely.
    bytes: Vec<u8>,
}

impl FileBuf {
    /// The whole file at `path`.
    fn read(&mut self, path: &str) -> io::Result<&[u8]> {
        let mut file = std::fs::File::open(path)?;
        let mut len = 0;
        loop {
            if len == self.bytes.len() {
                // The buffer starts at 256 KiB, more than any article
                // needs (the 104 real ones are at most 22 KB), and a longer
                // file doubles it. An allocation that large is mapped from
                // fresh pages, which the system hands over zeroed, so
                // `vec![0; ..]` (calloc) writes no zeros, where growing an
                // empty Vec by `resize` zeroes every byte: 33K instructions
                // for the 32 KiB this started with.
                if len == 0 {
                    self.bytes = vec![0; 1 << 18];
                } else {
                    self.bytes.resize(2 * len, 0);
                }
            }
            match io::Read::read(&mut file, &mut self.bytes[len..]) {
                Ok(0) => return Ok(&self.bytes[..len]),
                Ok(n) => len += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

fn usage() -> &'static str {
    "usage: extract [--pretty] [--reference-date YYYY-MM-DD] [FILE...]"
}

fn parse_date(s: &str) -> Option<time::Date> {
    let mut it = s.splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
}

fn main() -> ExitCode {
    let mut pretty = false;
    let mut parser = newswire::Parser::new();
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--pretty" => pretty = true,
            "--reference-date" => {
                let Some(d) = args.next().as_deref().and_then(parse_date) else {
                    eprintln!(
                        "extract: --reference-date needs a date as YYYY-MM-DD\n{}",
                        usage()
                    );
                    return ExitCode::from(2);
                };
                parser = parser.reference_date(d);
            }
            "-h" | "--help" => {
                println!("{}", usage());
                return ExitCode::SUCCESS;
            }
            "--" => files.extend(args.by_ref()),
            _ => files.push(a),
        }
    }

    let mut out = io::stdout().lock();
    let mut failed = false;
    // Lines are serialised into this buffer, one after another, and written
    // out in blocks of 64 KiB or more. serde_json writes a line as hundreds
    // of small pieces (a quotation mark, a key, a comma), each a short
    // append to a Vec; a BufWriter between them and stdout would take each
    // line in a second copy (25K instructions over the 104 real articles).
    let mut json = Vec::with_capacity(BLOCK + (BLOCK >> 2));
    let mut write = |out: &mut io::StdoutLock<'_>, path: &str, text: &str| -> io::Result<()> {
        let article = parser.parse(text);
        let line = Line {
            path,
            article: &article,
        };
        // The serializer owns the buffer while it writes, handed over
        // and taken back: `to_writer(&mut json, ..)` would write through
        // a `&mut Vec`, one more pointer to follow at every small write
        // (68K instructions over the 104 real articles).
        let start = json.len();
        let done = if pretty {
            let mut ser = serde_json::Serializer::pretty(std::mem::take(&mut json));
            let done = line.serialize(&mut ser);
            json = ser.into_inner();
            done
        } else {
            let mut ser = serde_json::Serializer::new(std::mem::take(&mut json));
            let done = line.serialize(&mut ser);
            json = ser.into_inner();
            done
        };
        if let Err(e) = done {
            // No half line: the lines before it are still written.
            json.truncate(start);
            return Err(e.into());
        }
        json.push(b'\n');
        if json.len() >= BLOCK {
            out.write_all(&json)?;
            json.clear();
        }
        Ok(())
    };

    let result = if files.is_empty() {
        write(&mut out, "sample", SAMPLE)
    } else {
        // One article in memory at a time: read, parse, write, drop.
        let mut buf = FileBuf::default();
        let mut result = Ok(());
        for path in &files {
            let bytes = match buf.read(path) {
                Ok(bytes) => bytes,
                Err(e) => {
                    eprintln!("extract: {path}: {e}");
                    failed = true;
                    continue;
                }
            };
            // simdutf8 checks the text 32 bytes a step with AVX2, where the
            // standard library's check reads a word at a time and, from each
            // non-ASCII letter, byte by byte up to the next aligned word
            // (0.32M instructions over the 473 KB of the real corpus,
            // against 0.11M). Its `compat` check says where a text goes
            // wrong, as the standard library's does.
            match simdutf8::compat::from_utf8(bytes) {
                Ok(text) => {
                    result = write(&mut out, path, text);
                    if result.is_err() {
                        break;
                    }
                }
                Err(e) => {
                    eprintln!(
                        "extract: {path}: not UTF-8: invalid byte at offset {}",
                        e.valid_up_to()
                    );
                    failed = true;
                }
            }
        }
        result
    };
    // The last lines, fewer than a block, go out even after an error, as
    // they would from a BufWriter dropped.
    let flushed = out.write_all(&json).and_then(|()| out.flush());
    if let Err(e) = result.and(flushed) {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
        eprintln!("extract: writing output: {e}");
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::FileBuf;

    // One buffer reads files one after another as `fs::read` reads them:
    // empty, short, the first buffer's size exactly (the last read finds
    // the buffer full), past it (the buffer doubles), and short again
    // after the buffer has grown.
    #[test]
    fn file_buffer_reads_whole_files() {
        let dir = std::env::temp_dir().join(format!("extract-filebuf-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut buf = FileBuf::default();
        for (i, len) in [0, 3500, 1 << 18, (1 << 18) + 1, 3 << 18, 10]
            .into_iter()
            .enumerate()
        {
            let bytes: Vec<u8> = (0..len).map(|j| (j % 251) as u8).collect();
            let path = dir.join(format!("{i}.txt"));
            std::fs::write(&path, &bytes).unwrap();
            let read = buf.read(path.to_str().unwrap()).unwrap();
            assert_eq!(read, &bytes[..], "{len} bytes");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
