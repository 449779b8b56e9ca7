// Every uncaught error and unhandled rejection of a test page, for its test to read: included
// first in each page's head, before anything the page or the kit runs.
window.pageErrors = [];
addEventListener('error', (event) => pageErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
