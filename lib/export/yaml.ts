/**
 * Just enough YAML to write front matter that stays valid whatever a title or
 * note holds: every string is a double-quoted scalar in which anything but
 * plain printable characters is escaped (line breaks, tabs, quotes,
 * backslashes, control and format characters, U+2028/2029, a stray BOM, lone
 * surrogates). No plain scalars: "yes", "1e3", "null", "- x", ": x" or "#x"
 * stay strings.
 */
export type YamlValue = string | number | boolean | null | readonly string[];

/** A character that may stand as itself between double quotes. */
const PLAIN = /[\u0020-\u007E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF]/y;
const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

export function yamlString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; ) {
    const ch = value[i]!;
    PLAIN.lastIndex = i;
    const plain = SHORT[ch] === undefined && PLAIN.exec(value);
    if (plain) {
      out += plain[0];
      i += plain[0].length;
    } else {
      out += SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
      i += 1;
    }
  }
  return `${out}"`;
}

function scalar(value: Exclude<YamlValue, readonly string[]>): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return yamlString(value);
}

/** A front matter block ("---" lines included); keys are the writer's own plain words. */
export function frontMatter(fields: Record<string, YamlValue>): string {
  const lines = Object.entries(fields).map(([key, value]) => {
    if (Array.isArray(value)) return value.length ? `${key}:\n${value.map((v) => `  - ${yamlString(v)}`).join('\n')}` : `${key}: []`;
    return `${key}: ${scalar(value as Exclude<YamlValue, readonly string[]>)}`;
  });
  return `---\n${lines.join('\n')}\n---\n`;
}
