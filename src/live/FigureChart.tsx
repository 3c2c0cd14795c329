import { useEffect, useLayoutEffect, useRef, useState } from "react";
import {
  Chart,
  Legend,
  LinearScale,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type ScaleOptionsByType,
} from "chart.js";
import { TONES, type Figure, type Panel, type Tone } from "@descent/numerics";

Chart.register(ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Title, Tooltip);

type Colors = Record<Tone | "fg" | "muted" | "border", string>;

/** The theme's colours as the browser resolves them (the CSS owns them, in light-dark() pairs). */
function resolveColors(host: HTMLElement): Colors {
  const probe = document.createElement("span");
  probe.style.display = "none";
  host.appendChild(probe);
  const read = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const colors = { fg: read("--fg"), muted: read("--muted"), border: read("--border") } as Colors;
  for (const tone of TONES) colors[tone] = read(`--tone-${tone}`);
  probe.remove();
  return colors;
}

type XY = { x: number; y: number };
type Dataset = ChartDataset<"scatter", XY[]>;

function datasetFor(series: Panel["series"][number], colors: Colors, into: Partial<Dataset> = {}): Dataset {
  const color = colors[series.tone ?? "blue"];
  const data: XY[] = new Array(series.x.length);
  for (let k = 0; k < data.length; k++) data[k] = { x: series.x[k]!, y: series.y[k]! };
  const line = series.type === "line";
  return Object.assign(into, {
    label: series.label,
    data,
    showLine: line,
    borderColor: color,
    backgroundColor: color,
    borderWidth: line ? 2 : 1,
    borderDash: series.dashed ? [6, 4] : [],
    pointRadius: line ? 0 : 4,
    pointHoverRadius: line ? 3 : 6,
  }) as Dataset;
}

function scaleFor(axis: Panel["x"], colors: Colors): Partial<ScaleOptionsByType<"linear" | "logarithmic">> {
  return {
    type: axis.log ? "logarithmic" : "linear",
    min: axis.min,
    max: axis.max,
    title: { display: true, text: axis.label, color: colors.fg, font: { size: 13 } },
    ticks: { color: colors.muted, maxTicksLimit: 7 },
    grid: { color: colors.border },
    border: { color: colors.muted },
  } as Partial<ScaleOptionsByType<"linear" | "logarithmic">>;
}

function configFor(panel: Panel, colors: Colors): ChartConfiguration<"scatter", XY[]> {
  return {
    type: "scatter",
    data: { datasets: panel.series.map((s) => datasetFor(s, colors)) },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 1.45,
      scales: { x: scaleFor(panel.x, colors), y: scaleFor(panel.y, colors) } as never,
      plugins: {
        title: { display: Boolean(panel.title), text: panel.title ?? "", color: colors.fg },
        legend: { labels: { color: colors.fg, boxWidth: 12, usePointStyle: false } },
        tooltip: { enabled: true },
      },
    },
  };
}

/** What of a panel lives in the chart's options (axes, title); the series are data. */
const optionsKey = (panel: Panel, colors: Colors) => JSON.stringify([panel.x, panel.y, panel.title, colors]);

/**
 * Rewrites a chart's datasets from a panel, keeping the chart (and its canvas) alive. Options are
 * replaced only when axes, title or colours changed: chart.js re-resolves every option when they are.
 */
function applyPanel(chart: Chart<"scatter", XY[]>, panel: Panel, colors: Colors, optionsChanged: boolean): void {
  const datasets = chart.data.datasets;
  panel.series.forEach((s, i) => (datasets[i] = datasetFor(s, colors, datasets[i])));
  datasets.length = panel.series.length;
  if (optionsChanged) {
    const fresh = configFor(panel, colors).options!;
    chart.options.scales = fresh.scales;
    chart.options.plugins = fresh.plugins;
  }
  chart.update("none");
}

/**
 * Figure data drawn with chart.js: one chart per panel, side by side. A new figure updates the
 * existing charts in place (`chart.update("none")`); charts are made only for new panels.
 */
export function FigureChart({ figure, label }: { figure: Figure; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const charts = useRef<Chart<"scatter", XY[]>[]>([]);
  const optionKeys = useRef<string[]>([]);
  const [themeVersion, setThemeVersion] = useState(0);
  // Reading the theme's colours forces a style recalculation: once per theme, not once per run.
  const colors = useRef<{ version: number; value: Colors } | undefined>(undefined);

  useEffect(() => {
    const bump = () => setThemeVersion((v) => v + 1);
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", bump);
    window.addEventListener("descent:themechange", bump);
    return () => {
      media.removeEventListener("change", bump);
      window.removeEventListener("descent:themechange", bump);
    };
  }, []);

  useLayoutEffect(() => {
    if (colors.current?.version !== themeVersion) colors.current = { version: themeVersion, value: resolveColors(host.current!) };
    const palette = colors.current.value;
    figure.panels.forEach((panel, i) => {
      const chart = charts.current[i];
      const key = optionsKey(panel, palette);
      if (chart) applyPanel(chart, panel, palette, key !== optionKeys.current[i]);
      else charts.current[i] = new Chart(canvases.current[i]!, configFor(panel, palette));
      optionKeys.current[i] = key;
    });
    while (charts.current.length > figure.panels.length) charts.current.pop()!.destroy();
    optionKeys.current.length = figure.panels.length;
    // For the edit-to-redraw benchmark (npm run bench): when this block's chart last changed.
    performance.mark("descent:chart-drawn", { detail: host.current!.closest("[data-live-block]")?.getAttribute("data-live-block") });
  }, [figure, themeVersion]);

  useEffect(() => () => charts.current.splice(0).forEach((chart) => chart.destroy()), []);

  return (
    <div ref={host} className="live-chart" data-panels={figure.panels.length} role="img" aria-label={label}>
      {figure.panels.map((_, i) => (
        <div className="live-chart-panel" key={i}>
          <canvas ref={(el) => void (canvases.current[i] = el)} />
        </div>
      ))}
    </div>
  );
}
