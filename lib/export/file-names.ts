/**
 * File names that are safe on Windows, macOS and Linux alike: no path
 * separators or characters Windows refuses, no control or invisible
 * direction characters, no trailing dot or space, no leading dot, no
 * reserved device name (CON, NUL, COM1…), at most 150 bytes of UTF-8 (room
 * under every file system's 255), and no two names in one set that a
 * case-insensitive or normalising file system would take for one.
 */
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/gu;
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/iu;
const MAX_BYTES = 150;
const encoder = new TextEncoder();

/** One name, made safe (without the collision check). `extension` includes its dot. */
export function safeFileName(stem: string, extension: string, maxBytes = MAX_BYTES): string {
  let safe = stem.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim();
  safe = truncateBytes(safe, maxBytes - encoder.encode(extension).length);
  safe = safe.replace(/^[.\s]+|[.\s]+$/gu, '');
  if (!safe) safe = 'bai-viet';
  if (RESERVED.test(safe)) safe = `_${safe}`;
  return safe + extension;
}

/** Cut at a code point boundary so the UTF-8 length is at most `max` bytes. */
function truncateBytes(text: string, max: number): string {
  if (encoder.encode(text).length <= max) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = encoder.encode(ch).length;
    if (bytes + size > max) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/** Gives out names unique in a set, as a case-insensitive, normalising file system compares them: "x.md", "x (2).md"… */
export class UniqueNames {
  private readonly taken = new Set<string>();

  take(stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = safeFileName(stem, suffix + extension);
      const key = name.normalize('NFC').toLowerCase();
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return name;
      }
    }
  }
}
