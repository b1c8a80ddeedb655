// Lets `node tests/bench/lighthouse.ts` import the test helpers, which (like the rest of the
// project) import each other without the `.ts` extension that Node's type stripping requires.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
