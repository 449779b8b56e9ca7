// npm start: serves the repository on http://localhost:8080/ (PORT to change it) and points at the
// demo portal in demo/. A plain static server, as a portal's own would be: the kit needs nothing more.
// The default content comes from content/ itself, not from the build's copy in dist/content/: a
// content editor saves a document and reloads the page to see it (docs/content.md).
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer({ port: Number(process.env.PORT ?? 8080), mounts: { '/dist/content/': 'content' } });
console.log(`Demo portal: http://localhost:${server.address().port}/demo/`);
