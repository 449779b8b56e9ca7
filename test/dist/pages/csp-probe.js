// Loaded first on the strict-CSP page: records every policy violation for the test to read.
window.violations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim());
});
addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
