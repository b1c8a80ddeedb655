import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EnginePage } from './types';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG 2.2 A/AA rules on the page as it is now, in any engine: `id: targets` per violation. */
export async function runAxeIn(page: EnginePage): Promise<string[]> {
  await page.addScript(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<any> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (violation: any) => `${violation.id}: ${violation.nodes.map((node: any) => String(node.target)).join(', ')}`,
    ) as string[];
  }, WCAG_22_AA);
}
