/**
 * What a snippet prints, kept within bounds: the last `maxLines` lines (each cut to `maxLineLength`
 * characters) and a count of the lines dropped before them, so a million `console.log` calls cost
 * memory for only a few hundred.
 */
export interface ConsoleOutput {
  lines: { level: "log" | "warn" | "error"; text: string }[];
  dropped: number;
}

export class ConsoleCapture {
  private lines: ConsoleOutput["lines"] = [];
  private dropped = 0;

  constructor(
    private readonly maxLines = 200,
    private readonly maxLineLength = 400,
  ) {}

  /** A `console` object for the snippet: log/info/debug, warn and error are captured; the rest do nothing. */
  console(): Pick<Console, "log" | "info" | "debug" | "warn" | "error" | "table" | "dir"> {
    const write =
      (level: "log" | "warn" | "error") =>
      (...args: unknown[]) =>
        this.write(level, args);
    return {
      log: write("log"),
      info: write("log"),
      debug: write("log"),
      warn: write("warn"),
      error: write("error"),
      table: write("log"),
      dir: write("log"),
    };
  }

  private write(level: "log" | "warn" | "error", args: unknown[]): void {
    if (this.lines.length >= this.maxLines) {
      // Drop the oldest half at once: amortised O(1) per call however many lines arrive.
      const half = this.maxLines >> 1;
      this.lines.splice(0, half);
      this.dropped += half;
    }
    let text = args.map(format).join(" ");
    if (text.length > this.maxLineLength) text = `${text.slice(0, this.maxLineLength)}… (${text.length} characters)`;
    this.lines.push({ level, text });
  }

  output(): ConsoleOutput {
    return { lines: this.lines.slice(), dropped: this.dropped };
  }
}

/** One value as the console shows it: short, and never walking a huge array whole. */
export function format(value: unknown, depth = 0): string {
  if (typeof value === "string") return depth === 0 ? value : JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value !== "object" || value === null) return String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (depth > 2) return Array.isArray(value) ? "[…]" : "{…}";
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const list = value as unknown as ArrayLike<unknown>;
    const shown = Array.from({ length: Math.min(list.length, 10) }, (_, i) => format(list[i], depth + 1));
    const prefix = Array.isArray(value) ? "" : `${value.constructor.name}(${list.length}) `;
    return `${prefix}[${shown.join(", ")}${list.length > 10 ? `, … ${list.length - 10} more` : ""}]`;
  }
  const entries = Object.entries(value)
    .slice(0, 8)
    .map(([k, v]) => `${k}: ${format(v, depth + 1)}`);
  return `{ ${entries.join(", ")}${Object.keys(value).length > 8 ? ", …" : ""} }`;
}
