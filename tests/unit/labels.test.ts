import { describe, expect, it } from 'vitest';
import { LABELS, label } from '../../src/lib/labels';
import { CAMPS, RELATION_KINDS } from '../../src/lib/map-terms';

describe('label(key)', () => {
  it('has an Italian text for every camp and relation kind the content may use', () => {
    for (const camp of CAMPS) expect(label(`camp.${camp}`).length, camp).toBeGreaterThan(3);
    for (const kind of RELATION_KINDS) expect(label(`relation.${kind}`).length, kind).toBeGreaterThan(3);
  });

  it('uses typographic apostrophes, as the article does', () => {
    for (const [key, text] of Object.entries(LABELS)) expect(text, key).not.toContain("'");
  });
});
