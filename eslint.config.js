// ESLint: typescript-eslint's recommended rules, React's hook rules, and the layer rule that keeps
// the core pure (DESIGN.md: data flows load → analysis → layout → ui, and only ui knows Ink/React).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const UI_IMPORTS = [
  { group: ['**/ui', '**/ui/**'], message: 'load, analysis and layout never import the UI.' },
  {
    group: ['ink', 'ink/**', 'ink-*', 'react', 'react/**', 'react-dom'],
    message: 'load, analysis and layout are pure: no Ink or React.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests and tools match escape sequences on purpose: that is what a terminal program's output is made of.
    files: ['test/**', 'scripts/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Size: a file a newcomer can read in one sitting, a function that fits on a screen or two.
    // Plain lines are counted, blank lines and comments included (issue 15).
    files: ['src/**'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 120 }],
    },
  },
  {
    files: ['src/load/**', 'src/layout/**', 'src/store/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: UI_IMPORTS }] },
  },
  {
    files: ['src/analysis/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...UI_IMPORTS,
            {
              group: ['**/layout', '**/layout/**'],
              message: 'analysis never imports layout: layout reads the analysis.',
            },
          ],
        },
      ],
    },
  },
);
