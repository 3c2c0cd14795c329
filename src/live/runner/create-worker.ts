import workerUrl from "./runner.worker.ts?worker&url";

/**
 * Starts the runner's worker from a `blob:` URL that imports the bundled worker script. A worker
 * loaded from its own URL takes its Content-Security-Policy from its own response headers, which a
 * static host does not let us set; a `blob:` worker inherits the page's policy, so the page's
 * `connect-src 'self'` and `script-src 'self'` hold for student code too.
 */
export function createRunnerWorker(): Worker {
  const source = `import ${JSON.stringify(new URL(workerUrl, location.href).href)};`;
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  return new Worker(url, { type: "module", name: "descent-runner" });
}
