import { resolve } from 'node:path'
import { defineConfig, externalizeDepsPlugin } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  main: {
    // runtime dependencies stay in node_modules; devDependencies (natural) are bundled, so the packaged app
    // carries only the natural submodules we import and none of its database clients
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // feeds are parsed in a worker thread; it is its own entry so the bundled main can start it
          'parse-worker': resolve('electron/core/feeds/parse-worker.ts')
        }
      }
    }
  },
  preload: {
    plugins: [externalizeDepsPlugin({ exclude: ['zod'] })],
    build: {
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // sandboxed preloads must be CommonJS
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'src',
    plugins: [vue()],
    resolve: { alias: { '@': resolve('src'), '@shared': resolve('electron/shared') } },
    // minified: the dashboard's first render counts for the officer (and for a wall screen on the headless host)
    build: { minify: true, rollupOptions: { input: { index: resolve('src/index.html') } } }
  }
})
