//! Reads a pickle's opcodes without unpickling it: which callables it would look up
//! (`GLOBAL`, `INST`, `STACK_GLOBAL`) and which text it carries. `pickle.loads` calls whatever
//! those name with the arguments it builds, so a pickle naming `os.system` runs a command.
//! Protocols 0 to 5; anything unknown or truncated ends the read with what was found so far.

/// What a pickle would look up and the text it holds, in stream order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PickleContents {
    /// `module.name` of every callable the pickle imports.
    pub callables: Vec<String>,
    /// Text constants (str and bytes read as UTF-8 where they are), at most 64.
    pub strings: Vec<String>,
}

/// At most this many opcodes are read.
const MAX_OPCODES: usize = 1 << 20;
/// At most this many callables and strings are kept.
const MAX_ITEMS: usize = 64;

/// Reads `data` as a pickle. `None` when it does not start like one (protocol 2+ header, or a
/// protocol 0/1 opcode) or names no callable.
pub fn read(data: &[u8]) -> Option<PickleContents> {
    let mut reader = Reader { data, at: 0 };
    let mut contents = PickleContents::default();
    // The last two text constants, for STACK_GLOBAL (module, then name).
    let mut recent: [Option<String>; 2] = [None, None];
    let starts_like_pickle = matches!(data.first(), Some(0x80 | b'(' | b'c' | b']' | b'}' | b'I'));
    if !starts_like_pickle {
        return None;
    }
    for _ in 0..MAX_OPCODES {
        let Some(op) = reader.byte() else {
            break;
        };
        let text: Option<String> = match op {
            b'.' => break,
            // PROTO, BININT1, BINPUT, BINGET, EXT1.
            0x80 | b'K' | b'q' | b'h' | 0x82 => reader.skip(1).map(|_| None)?,
            // BININT2, EXT2.
            b'M' | 0x83 => reader.skip(2).map(|_| None)?,
            // BININT, LONG_BINPUT, LONG_BINGET, EXT4.
            b'J' | b'r' | b'j' | 0x84 => reader.skip(4).map(|_| None)?,
            // FRAME, BINFLOAT.
            0x95 | b'G' => reader.skip(8).map(|_| None)?,
            // LONG1, LONG4: a length, then that many bytes.
            0x8a => reader.sized(1).map(|_| None)?,
            0x8b => reader.sized(4).map(|_| None)?,
            // Newline-terminated arguments: INT, LONG, FLOAT, PUT, GET, PERSID.
            b'I' | b'L' | b'F' | b'p' | b'g' | b'P' => reader.line().map(|_| None)?,
            // Text: UNICODE, STRING (quoted), SHORT_BINUNICODE, BINUNICODE, BINUNICODE8,
            // SHORT_BINSTRING, BINSTRING, SHORT_BINBYTES, BINBYTES, BINBYTES8, BYTEARRAY8.
            b'V' => reader.line().map(text_of),
            b'S' => reader
                .line()
                .map(|line| text_of(unquoted(line.trim_ascii()))),
            0x8c | b'U' | b'C' => reader.sized(1).map(text_of),
            b'X' | b'T' | b'B' => reader.sized(4).map(text_of),
            0x8d | 0x8e | 0x96 => reader.sized(8).map(text_of),
            // GLOBAL and INST: `module\nname\n`.
            b'c' | b'i' => {
                let module = text_of(reader.line()?);
                let name = text_of(reader.line()?);
                push(&mut contents.callables, format!("{module}.{name}"));
                None
            }
            0x93 => {
                if let [Some(module), Some(name)] = &recent {
                    push(&mut contents.callables, format!("{module}.{name}"));
                }
                None
            }
            // Opcodes without arguments.
            b'(' | b')' | b']' | b'}' | b'0' | b'1' | b'2' | b'R' | b'b' | b't' | b'l' | b'd'
            | b'a' | b'e' | b's' | b'u' | b'N' | b'o' | b'Q' | 0x81 | 0x85 | 0x86 | 0x87 | 0x88
            | 0x89 | 0x8f | 0x90 | 0x91 | 0x92 | 0x94 | 0x97 | 0x98 => None,
            _ => break,
        };
        if let Some(text) = text {
            recent = [recent[1].take(), Some(text.clone())];
            push(&mut contents.strings, text);
        }
    }
    (!contents.callables.is_empty()).then_some(contents)
}

fn push(items: &mut Vec<String>, item: String) {
    if items.len() < MAX_ITEMS {
        items.push(item);
    }
}

/// A protocol-0 `STRING` argument without its quotes.
fn unquoted(line: &[u8]) -> &[u8] {
    match line {
        [quote, inner @ .., last] if matches!(quote, b'\'' | b'"') && last == quote => inner,
        other => other,
    }
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes.get(..4_096).unwrap_or(bytes)).into_owned()
}

struct Reader<'d> {
    data: &'d [u8],
    at: usize,
}

impl<'d> Reader<'d> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'d [u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.data.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    fn skip(&mut self, n: usize) -> Option<()> {
        self.take(n).map(|_| ())
    }

    /// A little-endian length of `width` bytes, then that many bytes.
    fn sized(&mut self, width: usize) -> Option<&'d [u8]> {
        let raw = self.take(width)?;
        let mut length = 0u64;
        for (i, b) in raw.iter().enumerate() {
            length |= u64::from(*b) << (8 * i);
        }
        self.take(usize::try_from(length).ok()?)
    }

    fn line(&mut self) -> Option<&'d [u8]> {
        let rest = self.data.get(self.at..)?;
        let end = memchr::memchr(b'\n', rest)?;
        let line = rest.get(..end)?;
        self.at += end + 1;
        Some(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_0_global_and_its_argument() {
        // pickle.dumps(R(), 0) where R.__reduce__ returns (os.system, ('id',)).
        let data = b"cposix\nsystem\np0\n(Vid\np1\ntp2\nRp3\n.";
        let found = read(data).unwrap_or_default();
        assert_eq!(found.callables, vec!["posix.system".to_owned()]);
        assert_eq!(found.strings, vec!["id".to_owned()]);
    }

    #[test]
    fn protocol_4_stack_global() {
        // pickle.dumps(R(), 4) for the same object.
        let data = b"\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94\x8c\x02id\x94\x85\x94R\x94.";
        let found = read(data).unwrap_or_default();
        assert_eq!(found.callables, vec!["posix.system".to_owned()]);
        assert!(found.strings.contains(&"id".to_owned()));
    }

    #[test]
    fn every_prefix_and_single_byte_change_reads_as_a_value() {
        let data: &[u8] = b"\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94\x8c\x02id\x94\x85\x94R\x94.";
        for end in 0..=data.len() {
            let _ = read(data.get(..end).unwrap_or_default());
        }
        for at in 0..data.len() {
            for byte in [0x00, 0x8d, 0xff, b'\n'] {
                let mut changed = data.to_vec();
                if let Some(slot) = changed.get_mut(at) {
                    *slot = byte;
                }
                if let Some(found) = read(&changed) {
                    assert!(found.callables.len() <= MAX_ITEMS);
                }
            }
        }
    }

    #[test]
    fn data_without_callables_and_garbage_are_no_pickle_calls() {
        // pickle.dumps({'a': [1, 2]}, 4): plain data.
        let data =
            b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00}\x94\x8c\x01a\x94]\x94(K\x01K\x02es.";
        assert_eq!(read(data), None);
        assert_eq!(read(b"hello world"), None);
        assert_eq!(read(b"\x80\x04\x8c\xff"), None);
        assert_eq!(read(b""), None);
    }
}
