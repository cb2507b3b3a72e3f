// Progress on long builds: each stage's start line, then a heartbeat with the elapsed time while it runs.
export interface Progress {
  stage(message: string): void;
  stop(): void;
}

export function createProgress(write: (line: string) => void, heartbeatMs = 10_000): Progress {
  let current = '';
  let since = 0;
  const timer = setInterval(() => {
    if (current) write(`… ${current.split(':')[0]} läuft seit ${Math.round((performance.now() - since) / 1000)} s`);
  }, heartbeatMs);
  timer.unref(); // never keeps the process alive
  return {
    stage(message) {
      current = message;
      since = performance.now();
      write(`… ${message}`);
    },
    stop() {
      clearInterval(timer);
      current = '';
    },
  };
}
