//! Delimited text read record by record: the one CSV tokenizer of every
//! reader (the plan's tables, population and statistics downloads).
//!
//! Fields are split by `csv-core` (RFC 4180 quoting: a doubled quote inside
//! a quoted field is one quote; line breaks inside quoted fields are part
//! of the field). The input streams through one reused buffer, so memory
//! stays small whatever the file's size. A byte-order mark is read by
//! [`crate::text::sniff_bom`]: a UTF-8 one is skipped, a UTF-16 file is
//! decoded to UTF-8 first.
//!
//! Line numbers come from `csv-core`'s own count of `\n` bytes (it counts
//! them inside quoted fields too). A record's line is where its first field
//! starts: the line ends and blank lines before a record are passed over
//! here, counted, before `csv-core` reads it (`csv-core` would otherwise
//! consume them as part of the record after, and a record's position in the
//! `csv` crate is where the previous one ended).

use std::io::Read;

use crate::text::{Encoding, decode, sniff_bom};

/// Size of the read buffer of a stream; records longer than this still
/// work (it grows).
const CHUNK: usize = 1 << 20;

/// The input of [`Records`]: the stream itself, or the whole of a UTF-16
/// stream decoded to UTF-8.
enum Source<R> {
    Stream(R),
    Decoded(std::io::Cursor<Vec<u8>>),
}

impl<R: Read> Read for Source<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Source::Stream(reader) => reader.read(buf),
            Source::Decoded(cursor) => cursor.read(buf),
        }
    }
}

/// The records of a delimited stream, read one at a time into reused
/// buffers. The fields of the current record are [`Records::field`].
pub(crate) struct Records<R> {
    source: Source<R>,
    core: csv_core::Reader,
    buf: Vec<u8>,
    /// The first unread byte of `buf`.
    start: usize,
    /// The end of the bytes read into `buf`.
    end: usize,
    eof: bool,
    /// Whether the start of the stream was checked for a byte-order mark.
    sniffed: bool,
    /// The start of the current record in `buf` (kept when `buf` is refilled).
    record_start: usize,
    record_line: u64,
    /// The fields of the current record, unescaped, one after the other.
    out: Vec<u8>,
    /// The end of each field in `out`: the first `count` of this buffer.
    ends: Vec<usize>,
    /// The number of fields of the current record.
    count: usize,
    /// The end of each field's raw bytes (its separator included), from the
    /// start of the record.
    raw_ends: Vec<usize>,
    /// The line of a quote that opens the last field of the stream and is
    /// never closed.
    unclosed: Option<u64>,
}

impl<R> Records<R> {
    /// Splits the records from here on at `delimiter` (the line count goes on).
    pub(crate) fn set_delimiter(&mut self, delimiter: u8) {
        let line = self.core.line();
        self.core = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
        self.core.set_line(line);
    }

    /// The number of fields of the current record.
    pub(crate) fn len(&self) -> usize {
        self.count
    }

    /// The field `index` of the current record, unescaped; empty past its
    /// last field.
    pub(crate) fn field(&self, index: usize) -> &[u8] {
        if index < self.count {
            &self.out[index.checked_sub(1).map_or(0, |i| self.ends[i])..self.ends[index]]
        } else {
            b""
        }
    }

    /// The fields of the current record.
    pub(crate) fn fields(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.len()).map(|i| self.field(i))
    }

    /// The 1-based line on which the current record starts.
    pub(crate) fn line(&self) -> u64 {
        self.record_line
    }

    /// The raw bytes of the current record before its field `index` (every
    /// separator included), as they stand in the input: a prefix for
    /// [`Records::skip_prefix`]. Empty when the record has no such field or
    /// those bytes hold a line break. Valid until the stream is read on.
    pub(crate) fn raw_before(&self, index: usize) -> &[u8] {
        match index.checked_sub(1).and_then(|i| self.raw_ends.get(i)) {
            Some(&len) if index < self.len() => {
                let raw = &self.buf[self.record_start..self.record_start + len];
                if memchr::memchr(b'\n', raw).is_some() { b"" } else { raw }
            }
            _ => b"",
        }
    }

    /// After the last record of the stream: the line of a quote that opens
    /// its last field and is never closed.
    pub(crate) fn unclosed_quote(&self) -> Option<u64> {
        self.unclosed
    }
}

impl<R: Read> Records<R> {
    /// Records of `reader` separated by `delimiter`, read through a buffer
    /// of 1 MiB.
    pub(crate) fn new(reader: R, delimiter: u8) -> Self {
        Self::with_capacity(reader, delimiter, CHUNK)
    }

    /// Records of `reader` read through a buffer of `capacity` bytes (the
    /// size of an input held in memory, so that it is copied once).
    pub(crate) fn with_capacity(reader: R, delimiter: u8, capacity: usize) -> Self {
        Records {
            source: Source::Stream(reader),
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            buf: vec![0; capacity.max(64)],
            start: 0,
            end: 0,
            eof: false,
            sniffed: false,
            record_start: 0,
            record_line: 0,
            out: vec![0; 4096],
            ends: vec![0; 16],
            count: 0,
            raw_ends: Vec::with_capacity(16),
            unclosed: None,
        }
    }

    /// When the next record starts with the bytes `prefix` (from
    /// [`Records::raw_before`]: whole fields, no line break) and goes on
    /// after them on its line, passes over them: the next
    /// [`Records::next_record`] then holds only the fields after the prefix.
    /// Returns whether it did.
    ///
    /// # Errors
    /// When reading the stream fails.
    pub(crate) fn skip_prefix(&mut self, prefix: &[u8]) -> std::io::Result<bool> {
        if prefix.is_empty() {
            return Ok(false);
        }
        if self.end - self.start <= prefix.len() + 2 && !self.eof {
            self.skip_line_ends()?;
            while self.end - self.start <= prefix.len() && !self.eof {
                self.refill()?;
            }
        }
        // The line break the record before left (csv-core stops at the `\r`
        // of a CRLF), counted here; blank lines take the slow way.
        let mut at = self.start;
        let mut lines = 0;
        while at < self.end && at < self.start + 2 && matches!(self.buf[at], b'\r' | b'\n') {
            lines += u64::from(self.buf[at] == b'\n');
            at += 1;
        }
        let rest = &self.buf[at..self.end];
        if rest.len() > prefix.len() && !matches!(rest[prefix.len()], b'\r' | b'\n') && rest.starts_with(prefix) {
            self.core.set_line(self.core.line() + lines);
            self.record_start = at;
            self.record_line = self.core.line();
            self.start = at + prefix.len();
            return Ok(true);
        }
        Ok(false)
    }

    /// The next line of the stream as it stands, without its line break,
    /// blank lines passed over; the line is not consumed. `None` at the end.
    ///
    /// # Errors
    /// When reading the stream fails.
    pub(crate) fn peek_line(&mut self) -> std::io::Result<Option<&[u8]>> {
        self.skip_line_ends()?;
        loop {
            if let Some(nl) = memchr::memchr(b'\n', &self.buf[self.start..self.end]) {
                let line = &self.buf[self.start..self.start + nl];
                return Ok(Some(line.strip_suffix(b"\r").unwrap_or(line)));
            }
            if self.eof {
                return Ok((self.start < self.end).then(|| &self.buf[self.start..self.end]));
            }
            self.refill()?;
        }
    }

    /// Passes over the line [`Records::peek_line`] shows (a title or a
    /// comment, not to be split into fields).
    ///
    /// # Errors
    /// When reading the stream fails.
    pub(crate) fn skip_line(&mut self) -> std::io::Result<()> {
        let len = self.peek_line()?.map_or(0, <[u8]>::len);
        self.start += len;
        // The line break itself is counted by `skip_line_ends`.
        self.skip_line_ends()
    }

    /// Reads the next record. Returns false at the end of the stream.
    ///
    /// # Errors
    /// When reading the stream fails.
    pub(crate) fn next_record(&mut self) -> std::io::Result<bool> {
        use csv_core::ReadFieldResult;
        self.count = 0;
        self.raw_ends.clear();
        self.skip_line_ends()?;
        if self.eof && self.start == self.end {
            return Ok(false);
        }
        self.record_start = self.start;
        self.record_line = self.core.line();
        let mut written = 0;
        loop {
            if written == self.out.len() {
                self.out.resize(self.out.len() * 2, 0);
            }
            if self.start == self.end && !self.eof {
                self.refill()?;
                continue;
            }
            let at_end = self.eof && self.start == self.end;
            let (result, read, wrote) = self.core.read_field(&self.buf[self.start..self.end], &mut self.out[written..]);
            self.start += read;
            written += wrote;
            match result {
                ReadFieldResult::InputEmpty | ReadFieldResult::OutputFull => {}
                ReadFieldResult::Field { record_end } => {
                    if self.count == self.ends.len() {
                        self.ends.push(written);
                    } else {
                        self.ends[self.count] = written;
                    }
                    self.count += 1;
                    self.raw_ends.push(self.start - self.record_start);
                    if record_end {
                        if at_end {
                            self.unclosed = self.open_quote();
                        }
                        return Ok(true);
                    }
                }
                ReadFieldResult::End => return Ok(self.count > 0),
            }
        }
    }

    /// Reads the rest of a record after [`Records::skip_prefix`] passed
    /// over its start: faster than [`Records::next_record`], without the
    /// raw bytes of its fields ([`Records::raw_before`] is then empty).
    ///
    /// # Errors
    /// When reading the stream fails.
    pub(crate) fn next_fields(&mut self) -> std::io::Result<bool> {
        use csv_core::ReadRecordResult;
        self.raw_ends.clear();
        let (mut written, mut ended) = (0, 0);
        loop {
            if self.start == self.end && !self.eof {
                self.refill()?;
                continue;
            }
            let at_end = self.eof && self.start == self.end;
            let (result, read, wrote, ends) = self.core.read_record(
                &self.buf[self.start..self.end],
                &mut self.out[written..],
                &mut self.ends[ended..],
            );
            self.start += read;
            written += wrote;
            ended += ends;
            match result {
                ReadRecordResult::Record | ReadRecordResult::End => {
                    self.count = ended;
                    if at_end {
                        self.unclosed = self.open_quote();
                    }
                    return Ok(ended > 0);
                }
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => self.out.resize(self.out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
            }
        }
    }

    /// The line of the quote that opens the current record's last field,
    /// when that field holds an odd number of quotes (it was never closed).
    fn open_quote(&self) -> Option<u64> {
        let from = self.raw_ends.len().checked_sub(2).map_or(0, |i| self.raw_ends[i]);
        let raw = &self.buf[self.record_start..self.start];
        let last = &raw[from..];
        let quotes = memchr::memchr_iter(b'"', last).count();
        (last.trim_ascii_start().first() == Some(&b'"') && quotes % 2 == 1).then(|| {
            let quote = from + memchr::memchr(b'"', last).unwrap_or(0);
            self.record_line + memchr::memchr_iter(b'\n', &raw[..quote]).count() as u64
        })
    }

    /// Passes over line breaks and blank lines before a record, counting them.
    fn skip_line_ends(&mut self) -> std::io::Result<()> {
        loop {
            while let Some(&b) = self.buf[self.start..self.end].first() {
                match b {
                    b'\n' => self.core.set_line(self.core.line() + 1),
                    b'\r' => {}
                    _ => {
                        self.record_start = self.start;
                        return Ok(());
                    }
                }
                self.start += 1;
            }
            self.record_start = self.start;
            if self.eof {
                return Ok(());
            }
            self.refill()?;
        }
    }

    /// Reads more of the stream, keeping the current record's bytes.
    fn refill(&mut self) -> std::io::Result<()> {
        if self.eof {
            return Ok(());
        }
        let keep = self.record_start.min(self.start);
        if keep > 0 {
            self.buf.copy_within(keep..self.end, 0);
            self.end -= keep;
            self.start -= keep;
            self.record_start -= keep;
        }
        if self.end == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        loop {
            match self.source.read(&mut self.buf[self.end..]) {
                Ok(0) => self.eof = true,
                Ok(n) => self.end += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
            break;
        }
        if !self.sniffed && (self.end >= 3 || self.eof) {
            self.sniffed = true;
            match sniff_bom(&self.buf[..self.end]) {
                Some((Encoding::Utf16, _)) => {
                    let mut all = self.buf[..self.end].to_vec();
                    self.source.read_to_end(&mut all)?;
                    let text = decode(&all).0.into_owned().into_bytes();
                    self.source = Source::Decoded(std::io::Cursor::new(text));
                    (self.start, self.end, self.record_start, self.eof) = (0, 0, 0, false);
                    return self.refill();
                }
                Some((_, len)) => {
                    self.start = len;
                    self.record_start = len;
                }
                None => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record of `input` with its line, read through a tiny buffer.
    fn records(input: &[u8], delimiter: u8) -> Vec<(u64, Vec<String>)> {
        let mut records = Records::with_capacity(input, delimiter, 4);
        records.buf = vec![0; 4];
        let mut out = Vec::new();
        while records.next_record().expect("reads") {
            let fields = records.fields().map(|f| String::from_utf8_lossy(f).into_owned()).collect();
            out.push((records.line(), fields));
        }
        out
    }

    #[test]
    fn counts_lines_across_quoted_breaks_blank_lines_and_crlf() {
        let input = b"\xEF\xBB\xBFa;b\r\n1;2\r\n\r\n\r\n\"c\r\nd\";e\r\nf;\"g\"\"h\"\n\nlast;x";
        assert_eq!(
            records(input, b';'),
            [
                (1, vec!["a".to_string(), "b".to_string()]),
                (2, vec!["1".into(), "2".into()]),
                (5, vec!["c\r\nd".into(), "e".into()]),
                (7, vec!["f".into(), "g\"h".into()]),
                (9, vec!["last".into(), "x".into()]),
            ]
        );
    }

    #[test]
    fn reads_utf16_as_utf8() {
        let input = b"\xFF\xFEa\x00;\x00\xE5\x00\n\x00";
        assert_eq!(records(input, b';'), [(1, vec!["a".to_string(), "å".to_string()])]);
    }

    #[test]
    fn skips_a_repeated_prefix_and_keeps_the_raw_bytes() {
        let input = b"\"x\";\"y\";1\n\"x\";\"y\";2\n\"x\";\"z\";3\n";
        let mut records = Records::new(&input[..], b';');
        assert!(records.next_record().expect("reads"));
        let prefix = records.raw_before(2).to_vec();
        assert_eq!(prefix, b"\"x\";\"y\";");
        assert!(records.skip_prefix(&prefix).expect("reads"));
        assert!(records.next_record().expect("reads"));
        assert_eq!((records.line(), records.len(), records.field(0)), (2, 1, &b"2"[..]));
        assert!(!records.skip_prefix(&prefix).expect("reads"));
        assert!(records.next_record().expect("reads"));
        assert_eq!((records.line(), records.field(1), records.field(2)), (3, &b"z"[..], &b"3"[..]));
        assert!(!records.next_record().expect("reads"));
    }

    #[test]
    fn finds_a_quote_never_closed() {
        let mut records = Records::new(&b"a,b\n1,\"x\"\"y\"\n1,\"open\n2,3\n"[..], b',');
        while records.next_record().expect("reads") {}
        assert_eq!(records.unclosed_quote(), Some(3));
        let mut records = Records::new(&b"a,\"b\"\n"[..], b',');
        while records.next_record().expect("reads") {}
        assert_eq!(records.unclosed_quote(), None);
    }

    #[test]
    fn peeks_and_skips_lines() {
        let mut records = Records::new(&b"\n# note \"\r\nid;x\n1;2"[..], b',');
        assert_eq!(records.peek_line().expect("reads"), Some(&b"# note \""[..]));
        records.skip_line().expect("reads");
        assert_eq!(records.peek_line().expect("reads"), Some(&b"id;x"[..]));
        records.set_delimiter(b';');
        assert!(records.next_record().expect("reads"));
        assert_eq!((records.line(), records.len()), (3, 2));
        assert!(records.next_record().expect("reads"));
        assert_eq!((records.line(), records.field(1)), (4, &b"2"[..]));
    }
}
