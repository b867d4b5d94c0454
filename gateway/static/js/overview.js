// Overview: Chart.js charts from the embedded figures, refreshed by server-sent events.
// Without the vendored chart library the same series are shown as tables.
const data = JSON.parse(document.getElementById("overview-data").textContent);
const names = JSON.parse(document.getElementById("overview-labels").textContent);
const PALETTE = ["#0b5cad", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#30638e", "#8ac926", "#ff7f11"];
const number = new Intl.NumberFormat("pt-BR");
const decimal = new Intl.NumberFormat("pt-BR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("pt-BR", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

function formatKpi(value, kind) {
  if (value === null || value === undefined) return "—";
  switch (kind) {
    case "percent": return percent.format(value);
    case "decimal": return decimal.format(value);
    case "ms": return `${number.format(Math.round(value))} ms`;
    case "duration":
      if (value < 60) return `${Math.round(value)} s`;
      if (value < 3600) return `${Math.round(value / 60)} min`;
      return `${(value / 3600).toFixed(1).replace(".", ",")} h`;
    default: return number.format(value);
  }
}

function datasets(series, labels) {
  return Object.entries(series).map(([key, values], i) => ({
    label: labels[key] || key,
    data: values,
    backgroundColor: PALETTE[i % PALETTE.length],
    borderColor: PALETTE[i % PALETTE.length],
  }));
}

function rateDatasets(figures) {
  return [
    { label: "Taxa de automação", data: figures.automation_rate, borderColor: PALETTE[0], backgroundColor: PALETTE[0], spanGaps: true },
    { label: "Acurácia (correções)", data: figures.accuracy, borderColor: PALETTE[1], backgroundColor: PALETTE[1], spanGaps: true },
  ];
}

const charts = {};

function drawCharts(figures) {
  const Chart = window.Chart;
  const stacked = { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } };
  const common = { responsive: true, maintainAspectRatio: false, animation: false };
  charts.channel = new Chart(document.getElementById("chart-channel"), {
    type: "bar",
    data: { labels: figures.labels, datasets: datasets(figures.volume_by_channel, names.channels) },
    options: { ...common, scales: stacked },
  });
  charts.subintent = new Chart(document.getElementById("chart-subintent"), {
    type: "bar",
    data: { labels: figures.labels, datasets: datasets(figures.volume_by_sub_intent, names.sub_intents) },
    options: { ...common, scales: stacked },
  });
  charts.automation = new Chart(document.getElementById("chart-automation"), {
    type: "line",
    data: { labels: figures.labels, datasets: rateDatasets(figures) },
    options: {
      ...common,
      scales: { y: { min: 0, max: 1, ticks: { callback: (v) => percent.format(v) } } },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatKpi(c.parsed.y, "percent")}` } } },
    },
  });
  document.body.dataset.charts = "ready";
}

function updateCharts(figures) {
  if (!charts.channel) return;
  charts.channel.data = { labels: figures.labels, datasets: datasets(figures.volume_by_channel, names.channels) };
  charts.subintent.data = { labels: figures.labels, datasets: datasets(figures.volume_by_sub_intent, names.sub_intents) };
  charts.automation.data = { labels: figures.labels, datasets: rateDatasets(figures) };
  Object.values(charts).forEach((chart) => chart.update());
}

function fallbackTables(figures) {
  for (const holder of document.querySelectorAll(".chart-fallback")) {
    const series = figures[holder.dataset.chart] || {};
    const labels = holder.dataset.chart === "volume_by_channel" ? names.channels : names.sub_intents;
    const rows = Object.entries(series)
      .map(([key, values]) => `<tr><th scope="row">${labels[key] || key}</th><td>${values.reduce((a, b) => a + b, 0)}</td></tr>`)
      .join("");
    holder.innerHTML = rows ? `<table class="compact"><tbody>${rows}</tbody></table>` : "";
  }
}

function updateKpis(figures) {
  for (const node of document.querySelectorAll("[data-kpi]")) {
    node.textContent = formatKpi(figures.kpis[node.dataset.kpi], node.dataset.format);
  }
  document.getElementById("generated-at").textContent = `${figures.generated_at.slice(11, 19)} UTC`;
}

function listen() {
  const status = document.getElementById("live-status");
  const source = new EventSource(document.getElementById("overview-stream").dataset.url);
  source.addEventListener("open", () => { status.dataset.state = "on"; status.textContent = "Ao vivo"; });
  source.addEventListener("error", () => { status.dataset.state = "off"; status.textContent = "Reconectando…"; });
  source.addEventListener("overview", (event) => {
    const figures = JSON.parse(event.data);
    updateKpis(figures);
    if (charts.channel) updateCharts(figures); else fallbackTables(figures);
    document.body.dataset.liveUpdates = String(Number(document.body.dataset.liveUpdates || 0) + 1);
  });
}

if (window.Chart) {
  drawCharts(data);
} else {
  fallbackTables(data);
  document.body.dataset.charts = "fallback";
}
listen();
