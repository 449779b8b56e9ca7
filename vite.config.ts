import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve as resolvePath } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { withoutSchemaDocs } from './scripts/schema-docs.js';
import { withoutTranslatorNotes } from './scripts/translator-notes.js';

/** Each widget folder has a side-effect-free class module <name>.ts and a guarded define.ts. */
const widgetEntries = Object.fromEntries(
  readdirSync('src/widgets').flatMap((name) => [
    [`widgets/${name}/${name}`, `src/widgets/${name}/${name}.ts`],
    [`widgets/${name}/define`, `src/widgets/${name}/define.ts`],
  ]),
);

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * The kit bundles a private copy of @lit/localize. Its runtime announces locale changes with a
 * `lit-localize-status` event on window, which a host page's own copy (and every @localized()
 * element of the host) also listens to; renaming the kit's event keeps the two from re-rendering
 * each other. The kit itself listens to its own locale channel (src/core/locale.ts), not to this,
 * and documents that channel (onLocaleChange) for pages: the kit's runtime dispatches no event at
 * all, which saved some 75 B in every entry. (The rename stays for the modules that listen.)
 */
function privateLocalizeEvents(): Plugin {
  const dispatch = [
    "import { LOCALE_STATUS_EVENT } from '../internal/locale-status-event.js';",
    'window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));',
    // What the error event carried: with the event gone, minifiers still kept this call (which
    // would throw for a load that failed without a reason, and leave its switch pending).
    'errorMessage: err.toString(),',
  ];
  return {
    name: 'trust-widgets:private-localize-events',
    transform(code, id) {
      if (!/[\\/]@lit[\\/]localize[\\/]/.test(id)) return null;
      let changed = code.replaceAll('lit-localize-status', 'trust-widgets-localize-status');
      if (/[\\/]init[\\/]runtime\.js$/.test(id)) {
        for (const line of dispatch) {
          if (!changed.includes(line)) this.error(`@lit/localize's runtime no longer has ${line}`);
          changed = changed.replace(line, '');
        }
      }
      return changed === code ? null : { code: changed, map: null };
    },
  };
}

/**
 * Checks in the private @lit/localize that the kit's own calls never fail, and whose messages every
 * reader downloads: the kit configures its runtime once (locale.ts: ensureRuntime), before any
 * switch, and asks it only for a locale that resolveLocale gave, one of those it was configured
 * with. (Its copy is private: no other code calls it.) Each cut is checked: a runtime that no longer
 * has it stops the build.
 */
function unreachableLocalizeChecks(): Plugin {
  // A file of @lit/localize/init/, and what goes from it (its first line to its last), with what replaces it.
  const cuts: Array<[file: string, first: string, last: string, replacement: string]> = [
    ['runtime.js', 'let validLocales;', 'let validLocales;', ''],
    ['runtime.js', '    validLocales = new Set(config.targetLocales);', 'validLocales.add(config.sourceLocale);', ''],
    ['runtime.js', '    if (!validLocales || !loadLocale) {', "throw new Error('Invalid locale code');\n    }", ''],
    ['install.js', 'let installed = false;', 'let installed = false;', ''],
    ['install.js', '    if (installed) {', 'installed = true;', '    msg = impl;'],
  ];
  return {
    name: 'trust-widgets:unreachable-localize-checks',
    transform(code, id) {
      const file = /[\\/]@lit[\\/]localize[\\/]init[\\/]([\w.-]+)$/.exec(id)?.[1];
      if (!file) return null;
      let cut = code;
      for (const [inFile, first, last, replacement] of cuts) {
        if (inFile !== file) continue;
        const start = cut.indexOf(first);
        const end = cut.indexOf(last, start);
        if (start < 0 || end < 0) this.error(`@lit/localize's init/${file} no longer has ${first} … ${last}`);
        cut = cut.slice(0, start) + replacement + cut.slice(end + last.length);
      }
      return cut === code ? null : { code: cut, map: null };
    },
  };
}

/**
 * In runtime mode @lit/localize finds a message's translation under an id it computes when the
 * message is first shown: a 64-bit FNV hash of the English text, code that every entry carried
 * (some 240 B) for the Chinese strings alone. The builds key the translations by the text the hash
 * is computed from instead (the English, its parts around each expression joined by U+001E), so
 * the runtime compares text. Each key is rebuilt from the XLIFF source and checked against its id
 * by @lit/localize's own function: a key that would not be found stops the build. Explicit ids
 * (msg(…, {id})) stay as they are. (Tests and dev servers, Storybook's included, run the untouched
 * runtime and hashes; a Storybook build bundles both rewritten, like the kit's builds.)
 * The runtime's cache of ids goes too (an id is now a join of a few strings, not a hash), and so
 * does its branch for html`` messages, which the kit has none of: the build stops on one (an id
 * starting with h) before it could need that branch.
 */
function messageIdsAsText(): Plugin {
  const xmlEscapes = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  const hashed = "fnv1a64(typeof strings === 'string' ? strings : strings.join(HASH_DELIMITER))";
  // In @lit/localize's internal/runtime-msg.js: what goes, from its first line to its last, and what replaces it.
  const runtimeMsgCuts = [
    ['const expressionOrders = new WeakMap();', 'const hashCache = new Map();', ''],
    ['            else {\n                // E.g. html`Hello <b>${name}</b>!`', '                };\n            }', ''],
    ['    let id = hashCache.get(strings);', '    return id;', '    return generateMsgId(strings, false);'],
  ];
  const textIds = (locale: string) => {
    const xliff = readFileSync(`xliff/${locale}.xlf`, 'utf8');
    const ids = new Map<string, string>();
    for (const [, id, source] of xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)) {
      if (!/^[sh][0-9a-f]{16}$/.test(id)) continue;
      if (id[0] === 'h' || /<(?!x id="\d+" equiv-text="[^"]*"\/>)/.test(source)) throw new Error(`messageIdsAsText: cannot read the source of ${id} in xliff/${locale}.xlf`);
      // The text between placeholders, with XML's escapes undone ("Terms &amp; conditions").
      const strings = source.split(/<x id="\d+" equiv-text="[^"]*"\/>/).map((text) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: keyof typeof xmlEscapes) => xmlEscapes[name]));
      if (generateMsgId(strings, false) !== id) throw new Error(`messageIdsAsText: the source of ${id} in xliff/${locale}.xlf does not give its id`);
      ids.set(id, `s${strings.join('\x1e')}`);
    }
    return ids;
  };
  return {
    name: 'trust-widgets:message-ids-as-text',
    // Builds only: Vite's dev server (and Storybook's, which loads this config) pre-bundles
    // @lit/localize with esbuild, which runs no plugin, so its runtime keeps asking for hashes.
    apply: 'build',
    transform(code, id) {
      if (/[\\/]@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/.test(id)) {
        if (!code.includes(hashed)) this.error(`@lit/localize no longer computes ids as ${hashed}`);
        return { code: code.replace(/^import \{ fnv1a64 \}.*$/m, '').replace(hashed, hashed.slice('fnv1a64'.length)), map: null };
      }
      if (/[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(id)) {
        let cut = code;
        for (const [first, last, replacement] of runtimeMsgCuts) {
          const start = cut.indexOf(first);
          const end = cut.indexOf(last, start);
          if (start < 0 || end < 0) this.error(`@lit/localize's runtime-msg.js no longer has ${first} … ${last}`);
          cut = cut.slice(0, start) + replacement + cut.slice(end + last.length);
        }
        return { code: cut, map: null };
      }
      const locale = /[\\/]src[\\/]generated[\\/]locales[\\/]([\w-]+)\.ts$/.exec(id)?.[1];
      if (!locale) return null;
      const ids = textIds(locale);
      const rekeyed = code.replace(/(['"])([sh][0-9a-f]{16})\1:/g, (_key, _quote, hash: string) => {
        const text = ids.get(hash);
        if (text === undefined) this.error(`${hash} in ${id} is not in xliff/${locale}.xlf`);
        return `${JSON.stringify(text)}:`;
      });
      // A key written otherwise (unquoted, say, by a later lit-localize) would stay a hash that the
      // rewritten runtime never asks for: English for Chinese readers, with no error.
      const left = /\b[sh][0-9a-f]{16}\b/.exec(rekeyed);
      if (left) this.error(`${left[0]} in ${id} is not keyed as messageIdsAsText reads keys`);
      return { code: rekeyed, map: null };
    },
  };
}

/**
 * A classic script is decoded in the host page's charset, windows-1252 on a page without one:
 * escaping every non-ASCII UTF-16 code unit keeps Chinese intact on any page. \uXXXX escapes mean
 * the same in strings, template literals (cooked), regular expressions and identifiers.
 */
function asciiOnly(): Plugin {
  return {
    name: 'trust-widgets:ascii-only',
    // After minification, which would turn escapes back into characters.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') {
          chunk.code = chunk.code.replace(/[^\x00-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
        }
      }
    },
  };
}

/** Schema titles and descriptions are for editors; browsers only validate (scripts/schema-docs.ts). */
function dropSchemaDocs(): Plugin {
  return {
    name: 'trust-widgets:drop-schema-docs',
    transform(code, id) {
      if (!/[\\/]src[\\/]core[\\/]schema[\\/]/.test(id)) return null;
      return { code: withoutSchemaDocs(code), map: null };
    },
  };
}

/** Notes for translators go into the XLIFF files, not into readers' downloads (scripts/translator-notes.ts). */
function dropTranslatorNotes(): Plugin {
  return {
    name: 'trust-widgets:drop-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('desc')) return null;
      try {
        return { code: withoutTranslatorNotes(code), map: null };
      } catch (error) {
        this.error(`${id}: ${(error as Error).message}`);
      }
    },
  };
}

/**
 * Whitespace and comments inside html`` and css`` templates are bytes every user downloads; Lit's
 * own plugin minifies them (html-minifier-next and lightningcss). It runs on the TypeScript source,
 * before the compiler.
 */
function minifyTemplates(): Plugin {
  const plugin = minifyHtmlLiterals({ include: ['src/**/*.ts'] });
  return { ...(plugin as unknown as Plugin), enforce: 'pre' };
}

/**
 * The licences of the third-party code in the script (Lit and @lit/localize, BSD-3-Clause; fnv-plus
 * inside @lit/localize, MIT, when its hash is bundled: see messageIdsAsText) ask that a binary
 * redistribution carries their notices. The minified
 * script drops comments, which every reader would download, so the notices go in a file beside it:
 * each bundled package's LICENSE, and the copyright lines of its files' @license headers.
 */
function thirdPartyNotices(): Plugin {
  return {
    name: 'trust-widgets:third-party-notices',
    generateBundle(_options, bundle) {
      const packages = new Map<string, Set<string>>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const inPackage = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
          if (!inPackage) continue;
          const name = inPackage[1].replace(/\\/g, '/');
          const copyrights = packages.get(name) ?? new Set<string>();
          const code = readFileSync(id, 'utf8');
          const spdx = /SPDX-License-Identifier: (\S+)/.exec(code)?.[1];
          for (const [line] of code.matchAll(/Copyright [^\n*]+/g)) copyrights.add(`${line.trim()} (${spdx ?? 'see below'})`);
          packages.set(name, copyrights);
        }
      }
      const sections = [...packages].sort(([a], [b]) => a.localeCompare(b)).map(([name, copyrights]) => {
        const licence = readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim();
        return `${name}\n\nCopyright notices in its files:\n${[...copyrights].join('\n')}\n\n${licence}\n`;
      });
      // Files under MIT inside a BSD-licensed package (fnv-plus in @lit/localize): the MIT terms,
      // which are those of the kit's own LICENSE after its copyright line.
      const mitTerms = readFileSync('LICENSE', 'utf8').split('\n').slice(3).join('\n').trim();
      if (sections.some((section) => section.includes('(MIT)'))) sections.push(`The MIT licence of the notices marked (MIT) above\n\n${mitTerms}\n`);
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-NOTICES.txt',
        source: `Third-party code in trust-widgets.js\n\n${sections.join('\n---\n\n')}`,
      });
    },
  };
}

/**
 * The generated translations import `str` from @lit/localize; they get src/core/translation-str.ts,
 * a module of their own, so that no module is shared between a widget and its on-demand strings.
 */
function translationStr(perLocale = false): Plugin {
  return {
    name: 'trust-widgets:translation-str',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@lit/localize' || !importer || !/[\\/]src[\\/]generated[\\/]locales[\\/]/.test(importer)) return null;
      // dist/locales/<locale>.js each get a copy of their own (a query per locale): one module that
      // two of them import became a chunk of its own, a second request at each switch.
      return resolvePath('src/core/translation-str.ts') + (perLocale ? `?${basename(importer)}` : '');
    },
  };
}

/** The default content ships beside the built script, where widgets without `src` look for it. */
function copyDefaultContent(): Plugin {
  return {
    name: 'trust-widgets:copy-default-content',
    writeBundle() {
      cpSync('content', 'dist/content', { recursive: true });
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const shared = {
    define: { __TC_VERSION__: JSON.stringify(version) },
    esbuild: { legalComments: 'none' as const },
  };
  if (mode === 'locales') {
    // dist/locales/<locale>.js: the UI strings the script bundle imports on demand, self-contained,
    // and ASCII like the script so that no server's charset header can garble them. Minified (a
    // library's ES output is not, by default), and with the translations' own str tag: through
    // @lit/localize's index it brought a Deferred of the runtime along (-162 B for a reader who
    // switches to Chinese).
    return {
      ...shared,
      plugins: [privateLocalizeEvents(), messageIdsAsText(), translationStr(true), asciiOnly()],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        outDir: 'dist/locales',
        rollupOptions: { output: { minify: true } },
        // One file per target locale of lit-localize.json.
        lib: {
          entry: Object.fromEntries(JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales.map((locale: string) => [locale, `src/generated/locales/${locale}.ts`])),
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
      },
    };
  }
  if (mode === 'script') {
    // dist/trust-widgets.js: one classic script with Lit and everything else inside.
    return {
      ...shared,
      define: {
        ...shared.define,
        // The script's own URL stands in for a module URL at dist/core/kit-base.js (see kit-base.ts);
        // document.currentScript is only set while the script runs, which is when this is read.
        // Read through Document.prototype's getter: on the document itself, an element of the page
        // named "currentScript" (an <img>, a <form> in user content) shadows it, and the kit would
        // then import its strings from, and fetch its content at, the address that element names.
        'import.meta.url':
          // currentScript is null for a <script type="module"> and for a script in a shadow root:
          // then the page's script whose address names trust-widgets, else the page's base.
          'new URL("core/kit-base.js", (Object.getOwnPropertyDescriptor(Document.prototype, "currentScript").get.call(document) ??' +
          ' document.querySelector(\'script[src*="trust-widgets"]\') ?? { src: document.baseURI }).src).href',
      },
      plugins: [minifyTemplates(), dropTranslatorNotes(), privateLocalizeEvents(), unreachableLocalizeChecks(), messageIdsAsText(), dropSchemaDocs(), asciiOnly(), copyDefaultContent(), thirdPartyNotices()],
      resolve: {
        alias: [{ find: /^\.\/translation-loaders\.js$/, replacement: resolvePath('src/core/translation-loaders.script.ts') }],
      },
      build: {
        emptyOutDir: false,
        target: 'es2022',
        sourcemap: true,
        lib: { entry: 'src/trust-widgets.ts', formats: ['iife'], name: 'TrustWidgetsBundle', fileName: () => 'trust-widgets.js' },
        rollupOptions: {
          output: {
            // Skip the whole bundle when the kit is already on the page: a second copy of Lit would
            // otherwise try to create a second "lit-html" Trusted Types policy, which throws. The
            // mark is a symbol: an element with id="TrustWidgets" is window.TrustWidgets too.
            intro:
              "if (window[Symbol.for('trust-widgets')]) return;" +
              // The Lit inside reads these globals. An element of the page named so (<a id=
              // "litHtmlVersions"> in user content, which DOMPurify's defaults keep: the names are
              // not the document's) is one of window's named properties, and Lit would stop with a
              // TypeError and take every widget with it (ShadyCSS: fall back to <style> elements,
              // which a strict CSP blocks). An own property of window hides it from both.
              'for (const name of ["litHtmlVersions", "litElementVersions", "reactiveElementVersions", "litHtmlPolyfillSupport",' +
              ' "litElementPolyfillSupport", "reactiveElementPolyfillSupport", "litElementHydrateSupport", "litPropertyMetadata",' +
              ' "ShadyCSS", "litNonce", "trustedTypes"]) {' +
              ' const named = window[name];' +
              ' if (named && (named instanceof Node || named instanceof HTMLCollection || named.window === named)) window[name] = undefined;' +
              '}',
          },
        },
      },
    };
  }
  // ES modules mirroring src/: one class module and one define module per widget; Lit stays a
  // dependency for the application's bundler to share, @lit/localize is bundled privately.
  return {
    ...shared,
    plugins: [minifyTemplates(), dropTranslatorNotes(), privateLocalizeEvents(), unreachableLocalizeChecks(), messageIdsAsText(), dropSchemaDocs(), translationStr()],
    build: {
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: {
        entry: { index: 'src/index.ts', api: 'src/api.ts', ...widgetEntries },
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit($|\/)/],
        // @lit/localize declares no sideEffects, so Rollup kept a bare import of its index (only
        // re-exports) in each module that used it; our package calls dist/vendor side-effect free,
        // and esbuild warned five times in every app that imported a widget.
        treeshake: { moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/]lit-localize\.js$/.test(id) },
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          // The private @lit/localize goes to dist/vendor/, not dist/node_modules/: yarn 1 and
          // some mirrors leave every node_modules folder out of a package, and the app's bundler
          // would then fail on an import of a missing file.
          entryFileNames: ({ name }) => `${name.replace(/^(?:.*\/)?node_modules\//, 'vendor/')}.js`,
        },
      },
    },
  };
});
