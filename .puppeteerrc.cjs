// We drive Debian's chromium and firefox-esr; puppeteer must never try to download a browser
// (this machine and CI have no network beyond the package registries).
module.exports = { skipDownload: true };
