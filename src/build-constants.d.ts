/** The package's version, which the build writes into the script (vite.config.ts, `define`). */
declare const __TC_VERSION__: string;
