import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';
import { htmlFiles } from '../helpers/html';
import { findJava } from '../helpers/java';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** Runs the Nu HTML Checker once over `files`; its JSON report comes on stderr. */
function checkHtml(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(findJava(), ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files]);
    let report = '';
    child.stderr.on('data', (chunk) => (report += chunk));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve((JSON.parse(report) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu.jar gave no JSON report:\n${report}`));
      }
    });
  });
}

describe('the built pages under the W3C Nu HTML Checker', () => {
  it('have zero errors, every page of dist/', async () => {
    const files = htmlFiles(join(ROOT, 'dist'));
    expect(files.length).toBeGreaterThan(30);
    const messages = await checkHtml(files);
    const errors = messages.map((message) => `${relative(ROOT, new URL(message.url ?? 'file:///').pathname)}:${message.lastLine ?? '?'} ${message.type}: ${message.message}`);
    expect(errors).toEqual([]);
  });
});
