import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/xml';

describe('escapeXml(text)', () => {
  it('escapes markup characters', () => {
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});
