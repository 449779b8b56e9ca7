// Found by svelte-check for test/types/svelte-app.svelte before it looks further up (to the repo's
// vite.config.ts, which has no Svelte plugin): the fixture needs no preprocessor or option.
export default {};
