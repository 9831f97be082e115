import type { Distribution } from "../../effort/distribution";

/**
 * The staircase bar chart as a plotly figure (plain data and layout): one bar per step,
 * cost in mill. kr, bars rising left to right from step 1; steps without a cost figure
 * are shown without a bar and marked "ingen tall". Hover shows share and cost per recipient.
 */
export function staircaseFigure(
  d: Distribution,
  title = `Innsatstrapp ${d.name}: kostnad per trinn`,
): { data: Array<Record<string, unknown>>; layout: Record<string, unknown> } {
  const x = d.steps.map((s) => `${s.step}`);
  const y = d.steps.map((s) => (s.costNok === null ? null : s.costNok / 1e6));
  const text = d.steps.map((s) => (s.costNok === null ? "ingen tall" : s.share === null ? "" : `${(s.share * 100).toFixed(1).replace(".", ",")} %`));
  const hover = d.steps.map(
    (s) =>
      `${s.step} ${s.name}<br>` +
      (s.costNok === null ? "ingen tall" : `${(s.costNok / 1e6).toFixed(1).replace(".", ",")} mill. kr`) +
      (s.costPerRecipientNok === null ? "" : `<br>${Math.round(s.costPerRecipientNok).toLocaleString("nb-NO")} kr per mottaker`),
  );
  return {
    data: [{ type: "bar", x, y, text, textposition: "outside", hovertext: hover, hoverinfo: "text", marker: { color: "#2f6f8f" }, cliponaxis: false }],
    layout: {
      title: { text: title },
      xaxis: { title: { text: "Trinn (1 = lavest innsats)" }, type: "category" },
      yaxis: { title: { text: `Mill. kr${d.priceYear !== undefined ? ` (${d.priceYear}-kr)` : ""}` }, rangemode: "tozero" },
      margin: { t: 60, b: 60, l: 70, r: 20 },
    },
  };
}
