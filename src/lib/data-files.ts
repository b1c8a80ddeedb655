/**
 * A syntax check of the content data files before Astro reads them. Astro's file loader logs a
 * JSON error and then builds from its cached copy of the old data; this names the file, the line and
 * the column instead, so a broken file always stops the build. (parse-json would read the same V8
 * message with a regular expression of its own, and bring @babel/code-frame: not worth a dependency.)
 */

/** Line and column (1-based) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Null when `text` is valid JSON, else `file:line:column: what is wrong`. */
export function findJsonSyntaxError(file: string, text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "… at position 123 (line 5 column 7)" or, at the end of the input, no position at all.
    const position = /position (\d+)/.exec(message);
    const where = position ? lineAndColumn(text, Number(position[1])) : lineAndColumn(text, text.length);
    return `${file}:${where.line}:${where.column}: invalid JSON (${message.replace(/ in JSON at position.*$/, '')})`;
  }
}
