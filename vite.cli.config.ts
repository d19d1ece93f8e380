/**
 * Build of the command line for Node (`npm run build:cli`): `dist-cli/rbd.mjs` (the `rbd` bin)
 * and `dist-cli/simulationNode.worker.mjs` (its worker threads), every dependency bundled, so a
 * call loads a few files instead of a thousand modules through tsx. mathjs lands in a chunk of
 * its own, loaded only for a design with an expression beyond a number with a unit.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: {
        rbd: 'src/cli/bin.ts',
        'simulationNode.worker': 'src/worker/simulationNode.worker.ts',
      },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
