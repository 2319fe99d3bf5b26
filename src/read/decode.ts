/**
 * Bytes -> text for every file openquota reads (licence texts, config files, reports): the one
 * decision of which encoding a file is in. A byte-order mark decides (UTF-8, UTF-16 LE, UTF-16 BE);
 * without one, valid UTF-8 is UTF-8 and anything else is read as Latin-1 (Windows-1252), which
 * never fails and keeps ASCII words intact (a README saved by an old Windows editor).
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Drops a UTF-8 sequence cut off at the end, so a text truncated at a byte cap still decodes as
 * UTF-8 (`é` is C3 A9: a cap falling between the two bytes must not turn the text into Latin-1).
 */
function dropCutSequence(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

/** Decodes a file's bytes; `truncated` says the bytes stop at a cap, mid-character perhaps. */
export function decodeText(bytes: Uint8Array, truncated = false): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8OrLatin1(bytes.subarray(3), truncated);
  }
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : '';
  if (utf16) {
    const body = bytes.subarray(2);
    // An odd byte count can only be a cut: drop the half character.
    const even = body.length % 2 === 1 ? body.subarray(0, body.length - 1) : body;
    return new TextDecoder(utf16).decode(even);
  }
  return decodeUtf8OrLatin1(bytes, truncated);
}

function decodeUtf8OrLatin1(bytes: Uint8Array, truncated: boolean): string {
  const body = truncated ? dropCutSequence(bytes) : bytes;
  try {
    return utf8.decode(body);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
