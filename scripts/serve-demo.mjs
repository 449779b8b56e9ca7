// npm start: serves the repository on http://localhost:8080/ (PORT to change it) and points at the
// demo portal in demo/. A plain static server, as a portal's own would be: the kit needs nothing more.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8080);
await startStaticServer({ port });
console.log(`Demo portal: http://localhost:${port}/demo/`);
