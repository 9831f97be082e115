/** A CSV text with its leading comment block removed, and the `# key: value` settings found there. */
export interface CommentedCsv {
  /** The text with the leading comment lines blanked, so that line numbers stay those of the file. */
  text: string;
  /** Settings from lines `# key: value` (keys lower case, letters, digits and _), first occurrence wins. */
  meta: Record<string, string>;
  /** Line number of each setting, for messages. */
  metaLines: Record<string, number>;
}

/**
 * Splits a leading block of `#` comment lines off a CSV text (lines before the header
 * that are blank or start with `#`). Comment lines of the form `# key: value` are read as
 * settings, e.g. `# hours_per_fte: 1595`; other comment lines are free text.
 */
export function splitCsvComments(text: string): CommentedCsv {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = src.split("\n");
  const meta: Record<string, string> = {};
  const metaLines: Record<string, number> = {};
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === "") continue;
    if (!t.startsWith("#")) break;
    const m = /^#\s*([a-z][a-z0-9_]*)\s*:\s*(.*?)\s*$/.exec(t);
    if (m && !(m[1] in meta)) {
      meta[m[1]] = m[2];
      metaLines[m[1]] = i + 1;
    }
    lines[i] = "";
  }
  return { text: lines.join("\n"), meta, metaLines };
}

/**
 * The delimiter of a CSV text: ";" when its first non-comment line has semicolons and no
 * commas (as spreadsheets export in Norwegian locales), else ",".
 */
export function sniffDelimiter(text: string): "," | ";" {
  const first = text.split("\n").find((l) => l.trim() !== "" && !l.trim().startsWith("#")) ?? "";
  return first.includes(";") && !first.includes(",") ? ";" : ",";
}
