//! The payload's DEFLATE stream, compressed in pieces that different threads make at once and
//! then joined, in a fixed order, into one ordinary stream: the export reads and compresses on
//! both cores, and the bundle comes out byte for byte the same whatever thread did what.
//!
//! Each piece ends with a sync flush (an empty stored block, which leaves the stream on a byte
//! boundary and is not final), and the joined pieces are closed by one empty final block. A
//! piece never refers back into another (each starts with an empty window), so any RFC 1951
//! reader inflates the join as one stream; `pigz` writes gzip files the same way.

use crate::error::{Error, Result};
use flate2::{Compress, Compression, FlushCompress, Status};

/// One piece of a payload's DEFLATE stream.
pub struct Piece {
    z: Compress,
    out: Vec<u8>,
}

impl Default for Piece {
    fn default() -> Self {
        // Fast: the export is timed, and level 1 already shrinks the blocks about fivefold.
        Piece { z: Compress::new(Compression::fast(), false), out: Vec::new() }
    }
}

impl Piece {
    /// Compresses `bytes` onto the piece.
    pub fn push(&mut self, bytes: &[u8]) -> Result<()> {
        self.run(bytes, FlushCompress::None)
    }

    /// The piece's bytes, ended on a byte boundary; nothing if nothing was pushed.
    pub fn finish(mut self) -> Result<Vec<u8>> {
        if self.z.total_in() == 0 {
            return Ok(vec![]);
        }
        self.run(&[], FlushCompress::Sync)?;
        Ok(self.out)
    }

    fn run(&mut self, mut input: &[u8], flush: FlushCompress) -> Result<()> {
        loop {
            if self.out.capacity() - self.out.len() < 1 << 12 {
                self.out.reserve(self.out.capacity().max(1 << 16));
            }
            let before = self.z.total_in();
            let status = self
                .z
                .compress_vec(input, &mut self.out, flush)
                .map_err(|e| Error::Bundle(format!("compressing the payload: {e}")))?;
            let used = usize::try_from(self.z.total_in() - before).unwrap_or(input.len());
            input = &input[used.min(input.len())..];
            // Done once the input is taken and the output did not fill up (zlib's sign that a
            // flush is complete), or when the stream has ended.
            let room_left = self.out.len() < self.out.capacity();
            if status == Status::StreamEnd || (flush != FlushCompress::Finish && input.is_empty() && room_left) {
                return Ok(());
            }
        }
    }
}

/// One DEFLATE stream from `pieces`, in their order.
pub fn join(pieces: impl IntoIterator<Item = Vec<u8>>) -> Result<Vec<u8>> {
    let pieces: Vec<Vec<u8>> = pieces.into_iter().collect();
    let mut out = Vec::with_capacity(pieces.iter().map(Vec::len).sum::<usize>() + 16);
    for piece in pieces {
        out.extend_from_slice(&piece);
    }
    let mut end = Piece::default();
    end.run(&[], FlushCompress::Finish)?;
    out.extend_from_slice(&end.out);
    Ok(out)
}

/// A whole payload compressed on one thread (bundles made from a list of changes, test vectors).
#[derive(Default)]
pub struct Compressor(Piece);

impl Compressor {
    /// Appends one encoded block (`payload::Blocks` makes them, `payload::Block::encode` too).
    pub fn push(&mut self, block: &[u8]) -> Result<()> {
        self.0.push(block)
    }

    /// The compressed payload.
    pub fn finish(self) -> Result<Vec<u8>> {
        join([self.0.finish()?])
    }
}

/// The inflated bytes of a payload (tests).
#[cfg(test)]
pub(crate) fn inflate(z: &[u8]) -> Vec<u8> {
    let mut out = vec![];
    std::io::Read::read_to_end(&mut flate2::read::DeflateDecoder::new(z), &mut out).expect("inflate");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_made_apart_inflate_as_one_stream_in_their_order() {
        // Repetitive enough that each piece uses back references, large enough to need several
        // output buffers, and one piece empty.
        let texts: Vec<Vec<u8>> = (0..4)
            .map(|i| {
                if i == 2 {
                    vec![]
                } else {
                    format!("piece {i}: the same words again. ").repeat(20_000 * i + 3).into_bytes()
                }
            })
            .collect();
        let pieces = std::thread::scope(|s| {
            let handles: Vec<_> = texts
                .iter()
                .map(|t| {
                    s.spawn(move || {
                        let mut p = Piece::default();
                        for chunk in t.chunks(7_777) {
                            p.push(chunk).expect("push");
                        }
                        p.finish().expect("finish")
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().expect("thread")).collect::<Vec<_>>()
        });
        assert!(pieces[2].is_empty(), "an empty piece adds nothing");
        let joined = join(pieces).expect("join");
        assert_eq!(inflate(&joined), texts.concat());
        assert!(joined.len() < texts.concat().len() / 20, "compressed: {}", joined.len());
        assert_eq!(inflate(&join([]).expect("join")), b"", "no pieces is an empty stream");
        // A stream cut before its final block is refused by the reader, not taken as whole.
        let mut r = flate2::read::DeflateDecoder::new(&joined[..joined.len() - 2]);
        assert!(std::io::Read::read_to_end(&mut r, &mut vec![]).is_err());
    }
}
