/**
 * What an error monitor on a host page (Sentry, Datadog RUM, a home-made window.onerror) listens
 * to, installed as such a monitor is, before the kit's code runs: imported by a test before
 * anything that loads the kit. Every record is a line of text, so that a test's failure shows it.
 */
export const monitored: string[] = [];

addEventListener('error', (event) => {
  // Capture phase: a resource that failed to load (an image, a script) reaches the window only there.
  const target = event.target as Element | null;
  monitored.push(event instanceof ErrorEvent ? `error: ${event.message}` : `resource error: <${target?.localName}> ${target?.getAttribute?.('src') ?? ''}`);
}, true);
addEventListener('unhandledrejection', (event) => monitored.push(`unhandledrejection: ${String(event.reason)}`));
document.addEventListener('securitypolicyviolation', (event) => monitored.push(`csp: ${event.violatedDirective} ${event.blockedURI}`));

for (const level of ['error', 'warn', 'log', 'info', 'debug'] as const) {
  const original = console[level];
  console[level] = (...args: unknown[]) => {
    monitored.push(`console.${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}

interface Report {
  type: string;
  body: { id?: string; message?: string; sourceFile?: string; lineNumber?: number } | null;
}
type ReportingObserverClass = new (callback: (reports: Report[]) => void, options: { types: string[]; buffered: boolean }) => { observe(): void; takeRecords(): Report[] };
const Reporting = (window as unknown as { ReportingObserver?: ReportingObserverClass }).ReportingObserver;
const describeReport = ({ type, body }: Report) => `${type}: ${body?.id ?? ''} ${body?.message ?? ''} (${body?.sourceFile ?? ''}:${body?.lineNumber ?? ''})`;
const reporting = Reporting && new Reporting((reports) => monitored.push(...reports.map(describeReport)), { types: ['deprecation', 'intervention'], buffered: true });
reporting?.observe();

/** Whether the browser reports deprecations and interventions to the page (Chromium does). */
export const reportsToPage = !!reporting;

/** Everything recorded so far, reports still queued included; then starts over. */
export function takeMonitored(): string[] {
  if (reporting) monitored.push(...reporting.takeRecords().map(describeReport));
  return monitored.splice(0);
}
