import { SPARE_WORKER_NAME } from "./protocol";
import workerUrl from "./runner.worker.ts?worker&url";

let spare: Worker | undefined;
let refill = 0;

/** A new runner worker: from a `blob:` URL that imports the bundled worker script (see below). */
function startWorker(name: string): Worker {
  const source = `import ${JSON.stringify(new URL(workerUrl, location.href).href)};`;
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  return new Worker(url, { type: "module", name });
}

/** A spare is started this long after one is taken, when the page is idle: not while the block it went to starts. */
const REFILL_AFTER_MS = 1000;

/** Starts a spare worker soon, when the page is idle, unless one is waiting or coming. */
function keepSpare(): void {
  if (spare || refill) return;
  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
  refill = window.setTimeout(
    () =>
      whenIdle(() => {
        refill = 0;
        spare ??= startWorker(SPARE_WORKER_NAME);
      }),
    REFILL_AFTER_MS,
  );
}

/**
 * A worker for a block's runner, started from a `blob:` URL that imports the bundled worker script.
 * A worker loaded from its own URL takes its Content-Security-Policy from its own response headers,
 * which a static host does not let us set; a `blob:` worker inherits the page's policy, so the page's
 * `connect-src 'self'` and `script-src 'self'` hold for student code too.
 *
 * The page keeps one spare worker, started when the page is idle, that has already loaded and run
 * sample code (so its first run, and its compiler, are warm): a block coming alive, or a run that is
 * abandoned for a newer edit, takes it at once, and another is started in the next idle moment.
 */
export function createRunnerWorker(): Worker {
  const worker = spare ?? startWorker("descent-runner");
  spare = undefined;
  keepSpare();
  return worker;
}
