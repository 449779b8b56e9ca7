/**
 * Code of src/ without its notes for translators: `msg('Copy link', {desc: '…'})` becomes
 * `msg('Copy link')`, and `{id: 'x', desc: '…'}` becomes `{id: 'x'}`. `lit-localize extract` writes
 * the notes into each XLIFF file; in runtime mode msg() would carry them into every reader's download
 * (the id does not depend on them). The build drops them (vite.config.ts), and so does
 * `npm run size -- --breakdown`. Only a literal string is matched, the style src/ uses; a note left
 * in another form is an error of the build, not bytes shipped unnoticed.
 */
// The key as lit-localize reads it: a name, or a string ('desc': …), which would otherwise ship unseen.
const note = String.raw`(['"]?)desc\1\s*:\s*(['"])(?:\\.|(?!\2)[^\\])*\2`;
const wholeOptions = new RegExp(String.raw`,\s*\{\s*${note}\s*,?\s*\}`, 'g');
const oneOption = new RegExp(String.raw`,\s*${note}(?=\s*,?\s*\})`, 'g');

export function withoutTranslatorNotes(code: string): string {
  const stripped = code.replace(wholeOptions, '').replace(oneOption, '');
  if (/\bmsg\(/.test(stripped) && /\bdesc['"]?\s*:/.test(stripped)) throw new Error('a note for translators (desc) is not written as withoutTranslatorNotes reads notes');
  return stripped;
}
