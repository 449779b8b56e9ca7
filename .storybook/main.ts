import type { StorybookConfig } from '@storybook/web-components-vite';
import { readFileSync } from 'node:fs';

// Every locale's content folder (lit-localize.json: its source locale and its targets).
const { sourceLocale, targetLocales } = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
const locales: string[] = [sourceLocale, ...targetLocales];

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Widget stories live beside their widgets; stories/ holds the docs pages for content authors.
  stories: ['../stories/**/*.mdx', '../src/widgets/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The kit's default content, served where stories point `src` (content/{locale}/...), and its
  // JSON Schemas for download; stories/fixtures/ holds documents broken on purpose (invalid JSON, an HTML page where JSON belongs).
  // In dev a static dir answers before Vite, so it must not shadow a module the stories import: the
  // Sidebar and Policy sections stories import content/en/*.json (their ids for Controls), and the
  // content authors' page content/schema/*.json. There Vite serves content/<locale>/ itself, at the
  // same paths; the static build, whose imports are bundled, copies it (test/scripts/storybook-dev.test.mjs).
  // (Storybook's own come first: its fonts for the docs pages, sb-common-assets.)
  staticDirs: async (dirs = [], { configType }) => [
    ...dirs,
    ...(configType === 'PRODUCTION'
      ? locales.map((locale) => ({ from: `../content/${locale}`, to: `/content/${locale}` }))
      : []),
    { from: '../content/schema', to: '/schema' },
    { from: '../stories/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook loads the kit's vite.config.ts (its plugins and defines) without its `build` section.
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      // Pre-bundling lit separately from the code that imports it loaded two copies of Lit in dev
      // ("Multiple versions of Lit loaded"); one pre-bundled copy serves both the kit and Storybook.
      optimizeDeps: {
        include: [
          'lit',
          'lit/directive-helpers.js',
          'lit/directive.js',
          'lit/directives/if-defined.js',
          'lit/directives/live.js',
          'lit/directives/ref.js',
          'lit/static-html.js',
          'lit/decorators.js',
          '@lit/localize',
        ],
      },
      // Build and test output is not source: changes there should not reload the designers' page.
      server: { watch: { ignored: ['**/coverage/**', '**/dist/**', '**/storybook-static/**'] } },
      // Storybook's own docs and a11y chunks are large; the kit's sizes are checked by npm run size.
      build: { chunkSizeWarningLimit: 1500 },
    });
  },
};

export default config;
