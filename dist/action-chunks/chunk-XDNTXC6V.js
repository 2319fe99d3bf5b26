
// src/read/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function dropCutSequence(bytes) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 192) === 128) continue;
    const need = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return need > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}
function decodeText(bytes, truncated = false) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    return decodeUtf8OrLatin1(bytes.subarray(3), truncated);
  }
  const utf16 = bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : "";
  if (utf16) {
    const body = bytes.subarray(2);
    const even = body.length % 2 === 1 ? body.subarray(0, body.length - 1) : body;
    return new TextDecoder(utf16).decode(even);
  }
  return decodeUtf8OrLatin1(bytes, truncated);
}
function decodeUtf8OrLatin1(bytes, truncated) {
  const body = truncated ? dropCutSequence(bytes) : bytes;
  try {
    return utf8.decode(body);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

export {
  decodeText
};
