import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from '../../src/lib/data-files';

describe('lineAndColumn(text, offset)', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('findJsonSyntaxError(file, text)', () => {
  it('accepts valid JSON', () => {
    expect(findJsonSyntaxError('content/x.json', '[{ "id": "a" }]')).toBeNull();
  });

  it('names the file, line and column of a trailing comma', () => {
    expect(findJsonSyntaxError('content/x.json', '[\n  { "id": "a", }\n]')).toMatch(
      /^content\/x\.json:2:16: invalid JSON \(Expected double-quoted property name\)$/,
    );
  });

  it('points at the end of a file that stops early', () => {
    expect(findJsonSyntaxError('content/x.json', '[\n  { "id": "a" }')).toMatch(
      /^content\/x\.json:2:\d+: invalid JSON/,
    );
  });
});
