// Counts the work JavaScript code does, without a clock: characters scanned by regular expressions, elements and
// characters copied by slice, elements visited by the array searches. A test compares the counts of two input sizes
// to show that work grows linearly (a quadratic loop shows as a ratio near the square of the size ratio).
//
// It patches built-ins for the duration of `measure` only; regular expressions then take V8's slow path, so keep the
// inputs small (a few hundred KB).

type Fn = (...args: never[]) => unknown;

/** The work `run` does, in counted steps. */
export function measureWork(run: () => void): number {
  let steps = 0;
  const patches: [object, string, Fn][] = [];
  const patch = <T extends object>(proto: T, name: string, wrap: (orig: Fn) => Fn) => {
    const orig = (proto as Record<string, Fn>)[name]!;
    patches.push([proto, name, orig]);
    Object.defineProperty(proto, name, { value: wrap(orig), writable: true, configurable: true });
  };
  // String.prototype.match/replace/split/matchAll and RegExp#test all go through RegExp#exec once it is patched
  patch(
    RegExp.prototype,
    'exec',
    (orig) =>
      function (this: RegExp, s: string) {
        const text = String(s);
        const from = this.global || this.sticky ? this.lastIndex : 0;
        const m = (orig as unknown as (this: RegExp, s: string) => RegExpExecArray | null).call(this, text);
        steps += 1 + Math.max(0, (m ? m.index + m[0].length : text.length) - from);
        return m;
      },
  );
  for (const name of ['slice', 'includes', 'indexOf', 'find', 'findIndex', 'some', 'every', 'filter', 'map', 'forEach', 'join']) {
    patch(
      Array.prototype,
      name,
      (orig) =>
        function (this: unknown[], ...args: unknown[]) {
          steps += 1 + this.length; // an upper bound for the searches: enough to see a scan per element
          return (orig as unknown as (...a: unknown[]) => unknown).apply(this, args);
        },
    );
  }
  patch(
    String.prototype,
    'slice',
    (orig) =>
      function (this: string, ...args: unknown[]) {
        const out = (orig as unknown as (...a: unknown[]) => string).apply(this, args);
        steps += 1 + out.length;
        return out;
      },
  );
  try {
    run();
  } finally {
    for (const [proto, name, orig] of patches.reverse()) Object.defineProperty(proto, name, { value: orig, writable: true, configurable: true });
  }
  return steps;
}
