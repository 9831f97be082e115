import { aggregateSex, parseBands } from "../../population/bands";
import { N_AGES } from "../../population/grid";
import type { BandRow } from "../../population/run";
import type { Figure } from "../plotly";

const PYRAMID_BANDS = parseBands("5-aar");

/**
 * A population pyramid in five-year groups: men to the left, women to the right, one
 * or more years overlaid (e.g. 2024 as bars and 2040 as an outline).
 */
export function pyramidFigure(grids: Array<{ label: string; grid: ArrayLike<number> }>, title: string): Figure {
  const labels = PYRAMID_BANDS.map((b) => b.label);
  const data: Array<Record<string, unknown>> = [];
  grids.forEach(({ label, grid }, k) => {
    const men = aggregateSex(grid, 0, PYRAMID_BANDS);
    const women = aggregateSex(grid, N_AGES, PYRAMID_BANDS);
    const style = k === 0 ? { opacity: 0.6 } : { marker: { color: "rgba(0,0,0,0)", line: { color: "#222", width: 1.5 } } };
    data.push({
      type: "bar",
      orientation: "h",
      name: `Menn ${label}`,
      y: labels,
      x: Array.from(men, (v) => -v),
      customdata: Array.from(men),
      hovertemplate: `%{y}: %{customdata:,.0f}<extra>Menn ${label}</extra>`,
      ...style,
    });
    data.push({
      type: "bar",
      orientation: "h",
      name: `Kvinner ${label}`,
      y: labels,
      x: Array.from(women),
      hovertemplate: `%{y}: %{x:,.0f}<extra>Kvinner ${label}</extra>`,
      ...style,
    });
  });
  return {
    data,
    layout: {
      title: { text: title },
      barmode: "overlay",
      bargap: 0.05,
      xaxis: { title: { text: "Personer (menn til venstre, kvinner til høyre)" }, tickformat: ",.0f" },
      yaxis: { title: { text: "Alder" } },
      legend: { orientation: "h", y: -0.2 },
    },
  };
}

/**
 * Lines of band totals over the years, one line per (alternative, band), e.g. the growth
 * of 80+ and 90+ under MMMM, LLML and HHMH. Rows are tidy band rows (both sexes).
 */
export function bandLinesFigure(rows: BandRow[], bands: string[], title: string, names: Record<string, string> = {}): Figure {
  const alternatives = [...new Set(rows.map((r) => r.alternative))];
  const dash = ["solid", "dash", "dot", "dashdot"];
  const data: Array<Record<string, unknown>> = [];
  bands.forEach((band) => {
    alternatives.forEach((alt, k) => {
      const rs = rows.filter((r) => r.band === band && r.alternative === alt && r.sex === "both");
      data.push({
        type: "scatter",
        mode: "lines",
        name: `${band}, ${names[alt] ?? alt}`,
        x: rs.map((r) => r.year),
        y: rs.map((r) => r.population),
        line: { dash: dash[k % dash.length] },
        hovertemplate: `%{x}: %{y:,.0f}<extra>${band} ${alt}</extra>`,
      });
    });
  });
  return {
    data,
    layout: {
      title: { text: title },
      xaxis: { title: { text: "År (1. januar)" } },
      yaxis: { title: { text: "Personer" }, tickformat: ",.0f", rangemode: "tozero" },
      legend: { orientation: "h", y: -0.2 },
    },
  };
}
