/**
 * Code of src/core/schema/ without its schema titles and descriptions: `doc('text', schema)` becomes
 * `(schema)`. They are for editors (content/schema/*.json); the build drops them from the shipped code
 * (vite.config.ts), and `npm run size -- --breakdown` does too, to weigh what ships. Only a literal
 * string as first argument is matched, the style src/core/schema/ uses.
 */
export const withoutSchemaDocs = (code: string): string => code.replace(/\b(?:doc|titled)\(\s*(['"`])(?:\\.|(?!\1)[^\\])*\1\s*,/g, '(');
