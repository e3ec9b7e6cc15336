// ESLint flat config: typescript-eslint + eslint-plugin-vue, and the layering rules of ARCHITECTURE.md enforced
// with no-restricted-imports per folder (the engine never imports electron, the renderer never imports Node).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'crypto', 'child_process', 'worker_threads']
const engineLibs = ['natural', 'natural/*', 'rss-parser', 'iconv-lite', 'sanitize-html', 'nodemailer', 'smtp-server']

const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload import Electron.' }
const noNode = { group: nodeBuiltins, message: 'This code runs in the browser or is pure: no Node built-ins.' }
const noEngineLibs = { group: engineLibs, message: 'Engine libraries stay in electron/core.' }
const noEngine = { group: ['**/core/*', '**/core/**', '**/main/*', '**/server/*', '**/preload/*'], message: 'The renderer talks to the engine only through src/api and electron/shared.' }

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } }
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      // formatting is Prettier's job
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/no-v-html': 'error',
      // stripping control characters out of hostile feed text is the point of several regexes
      'no-control-regex': 'off'
    }
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noNode, noEngineLibs] }] }
  },
  {
    files: ['electron/core/**/*.ts', 'electron/server/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] }
  },
  {
    files: ['src/**/*.ts', 'src/**/*.vue'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noNode, noEngineLibs, noEngine] }] }
  }
)
