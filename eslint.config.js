// ESLint (flat config): typescript-eslint's recommended rules, plus the security rules SECURITY.md relies on.
//
//   npx eslint .          (also part of `npm run lint`)
//
// The security rules come in two groups:
//   - everywhere (src, tests, scripts, build.mjs): no eval, no new Function, no string timers, no remote imports;
//   - shipped code (src/**): no HTML sinks (innerHTML, outerHTML, insertAdjacentHTML, document.write,
//     dangerouslySetInnerHTML…), no injected <script>, no network APIs (fetch, XMLHttpRequest, WebSocket…), no
//     `chrome.*` global (we use `browser` from webextension-polyfill), and the content script may not import
//     popup or options code.
// Tests are not shipped: they may read `outerHTML` to compare a page before and after, and tests/e2e calls
// `chrome.*` inside the extension's own service worker (worker.evaluate), where the polyfill is not loaded.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Sources that are not ours to load: a web, data, blob or javascript: URL, or a protocol-relative one. */
const REMOTE = String.raw`/^((https?|wss?|ftp|data|blob|javascript):|\x2F\x2F)/i`;

const noRemoteCode = [
  { selector: `ImportDeclaration[source.value=${REMOTE}]`, message: 'Remote code: import only bundled local modules.' },
  { selector: `ImportExpression[source.value=${REMOTE}]`, message: 'Remote code: import only bundled local modules.' },
  { selector: `ExportAllDeclaration[source.value=${REMOTE}]`, message: 'Remote code: export only bundled local modules.' },
  { selector: `ExportNamedDeclaration[source.value=${REMOTE}]`, message: 'Remote code: export only bundled local modules.' },
  {
    selector: `CallExpression[callee.name='require'][arguments.0.value=${REMOTE}]`,
    message: 'Remote code: require only local modules.',
  },
];

/** build.mjs and scripts/*.mjs run in Node; TypeScript files get their globals from tsc, not from no-undef. */
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'structuredClone', 'setTimeout', 'clearTimeout',
    'setInterval', 'clearInterval', 'TextEncoder', 'TextDecoder', 'AbortController', 'performance']
    .map((name) => [name, 'readonly']),
);

/** The manifest CSP (connect-src 'none') covers extension pages, not content scripts: this covers all of src. */
const noNetwork = 'Layerlens makes no network requests (SECURITY.md).';

const htmlSink = 'builds DOM from an HTML string; create nodes and set textContent (or render with Preact) instead.';

const noHtmlSinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: `dangerouslySetInnerHTML ${htmlSink}` },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML'], Property[key.value='dangerouslySetInnerHTML']",
    message: `dangerouslySetInnerHTML ${htmlSink}`,
  },
  {
    selector: "CallExpression[callee.name='importScripts']",
    message: 'Remote code: the service worker is one bundle; importScripts is not needed.',
  },
  {
    selector: "CallExpression[callee.property.name='createElement'][arguments.0.value=/^script$/i]",
    message: 'Do not create <script> elements: no code is loaded at run time.',
  },
];

export default defineConfig(
  {
    ignores: ['dist/**', 'packages/**', 'node_modules/**', 'docs/**', 'coverage/**', 'tests/fixtures/**'],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      // Declared so that no-implied-eval recognises the timers (and window.eval / self.eval) as the real globals.
      globals: { window: 'readonly', self: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', execScript: 'readonly' },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Code from strings: eval, new Function / Function(), setTimeout/setInterval with a string.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...noRemoteCode],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['*.{js,mjs,cjs}', 'scripts/**/*.{js,mjs,cjs}'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    // Shipped code.
    files: ['src/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: {
      // A `javascript:` URL is code in a string (tests may use one, to check that it is refused).
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...noRemoteCode, ...noHtmlSinks],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: `innerHTML ${htmlSink}` },
        { property: 'outerHTML', message: `outerHTML ${htmlSink}` },
        { property: 'insertAdjacentHTML', message: `insertAdjacentHTML ${htmlSink}` },
        { property: 'createContextualFragment', message: `createContextualFragment ${htmlSink}` },
        { property: 'setHTMLUnsafe', message: `setHTMLUnsafe ${htmlSink}` },
        { property: 'srcdoc', message: `srcdoc ${htmlSink}` },
        { object: 'document', property: 'write', message: `document.write ${htmlSink}` },
        { object: 'document', property: 'writeln', message: `document.writeln ${htmlSink}` },
        { object: 'globalThis', property: 'chrome', message: "Use `browser` from 'webextension-polyfill'." },
        { object: 'window', property: 'chrome', message: "Use `browser` from 'webextension-polyfill'." },
        { object: 'self', property: 'chrome', message: "Use `browser` from 'webextension-polyfill'." },
        { object: 'window', property: 'fetch', message: noNetwork },
        { object: 'globalThis', property: 'fetch', message: noNetwork },
        { object: 'self', property: 'fetch', message: noNetwork },
        { object: 'navigator', property: 'sendBeacon', message: noNetwork },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Use `browser` from 'webextension-polyfill' (promises, and the same API in Firefox)." },
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection'].map((name) => ({
          name,
          message: noNetwork,
        })),
      ],
    },
  },
  {
    // The content script runs in every page: it must not pull in the popup's or the options page's UI.
    files: ['src/content/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(\.\.?/)+(popup|options)(/|$)|(^|/)src/(popup|options)(/|$)`,
              message: 'Content code may not import popup or options code; share it through src/ui instead.',
            },
          ],
        },
      ],
    },
  },
);
