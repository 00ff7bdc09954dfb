/**
 * The report's stylesheet and its small script (table filters, opening a claim
 * panel, upgrading a panel's static SVG plots to interactive vega views). Both
 * are written as files under assets/ so the page works from file:// with no
 * server and no network.
 */

export const REPORT_CSS = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 2em 4em; color: #1b1b1b; max-width: 1400px; }
header { border-bottom: 1px solid #ccc; margin-bottom: 1em; }
nav a { margin-right: 1.2em; }
h1 { font-size: 1.5em; margin: 0.6em 0 0.2em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #ddd; padding: 3px 7px; vertical-align: top; text-align: left; }
thead th { background: #f3f3f3; }
td.num, table.summary td { text-align: right; font-variant-numeric: tabular-nums; }
.dim { color: #777; }
.ok { color: #176b24; font-weight: 600; }
.bad { color: #b00020; font-weight: 600; }
tr.unexpected td { background: #fde8ea; }
.status-fails { color: #b00020; }
.status-holds, .status-erratum-corrected { color: #176b24; }
.status-erratum-printed { color: #8a5a00; }
.status-undecided, .status-error { color: #6a1b9a; font-weight: bold; }
td.reason { max-width: 32em; font-size: 0.92em; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 1em; }
dl.facts dt { color: #555; }
dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
.filters { display: flex; gap: 1.5em; align-items: center; margin: 0.5em 0; }
.panel { display: none; border: 2px solid #4a6fa5; padding: 0.5em 1em; margin: 1em 0; }
.panel:target { display: block; }
.panel h3 a.close { font-size: 0.8em; font-weight: normal; margin-left: 1em; }
figure.plot { display: inline-block; margin: 0.5em 1em 0.5em 0; }
figcaption { font-size: 0.85em; color: #555; max-width: 480px; }
pre.counterexample { background: #f7f7f7; padding: 0.5em; max-height: 20em; overflow: auto; }
`;

export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.claim-row"));
  var count = document.getElementById("shown-count");
  function applyFilters() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = selects.every(function (s) { return s.value === "" || row.getAttribute("data-" + s.getAttribute("data-filter")) === s.value; });
      row.hidden = !visible;
      if (visible) shown++;
    });
    if (count) count.textContent = shown + " of " + rows.length + " claims shown";
  }
  selects.forEach(function (s) { s.addEventListener("change", applyFilters); });
  applyFilters();

  // Upgrade the static SVG plots of the opened panel to interactive vega views
  // (zoom and pan by dragging/scrolling, tooltips); the static SVG stays if that fails.
  function upgradePlots() {
    var id = decodeURIComponent(location.hash.slice(1));
    var panel = id ? document.getElementById(id) : null;
    if (!panel || !window.vega || !window.QTHERM_SPECS) return;
    Array.prototype.forEach.call(panel.querySelectorAll("figure.plot:not([data-interactive])"), function (figure) {
      var spec = window.QTHERM_SPECS[figure.getAttribute("data-plot")];
      var holder = figure.querySelector(".plot-view");
      if (!spec || !holder) return;
      figure.setAttribute("data-interactive", "pending");
      var target = document.createElement("div");
      try {
        var view = new window.vega.View(window.vega.parse(spec), { renderer: "svg", container: target, hover: true });
        view.runAsync().then(function () {
          holder.replaceChildren(target);
          figure.setAttribute("data-interactive", "true");
        }, function () { figure.setAttribute("data-interactive", "failed"); });
      } catch (e) {
        figure.setAttribute("data-interactive", "failed");
      }
    });
  }
  window.addEventListener("hashchange", upgradePlots);
  upgradePlots();
})();
`;
