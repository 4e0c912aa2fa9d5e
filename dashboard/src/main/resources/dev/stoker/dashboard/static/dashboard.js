// Stoker dashboard: live parts of pages, confirmations, selections and the live graph.
// No inline script anywhere (the Content-Security-Policy forbids it): everything hangs on data-*
// attributes, and events are delegated so that refreshed parts keep working.
(function () {
  "use strict";

  // --- Live parts: [data-live] elements are replaced by the same elements of a fresh copy of the
  // page, every few seconds while the tab is visible.
  function refreshEvery() {
    var every = 5000;
    document.querySelectorAll("[data-live][data-every]").forEach(function (el) {
      every = Math.min(every, parseInt(el.getAttribute("data-every"), 10) || every);
    });
    return every;
  }

  function busyWithForm() {
    var active = document.activeElement;
    if (active && active.form && active.closest("[data-live]")) return true;
    return document.querySelector("[data-live] input[name=id]:checked") !== null;
  }

  function refresh() {
    if (document.hidden || busyWithForm() || !document.querySelector("[data-live]")) return;
    fetch(location.href, { headers: { "X-Stoker-Refresh": "1" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html || busyWithForm()) return;
        var fresh = new DOMParser().parseFromString(html, "text/html");
        document.querySelectorAll("[data-live][id]").forEach(function (el) {
          var replacement = fresh.getElementById(el.id);
          if (replacement) el.replaceWith(document.importNode(replacement, true));
        });
        updateSelection();
      })
      .catch(function () { /* the next refresh tries again */ });
  }

  function scheduleRefresh() {
    setTimeout(function () { refresh(); scheduleRefresh(); }, refreshEvery());
  }

  // --- Confirmations and selections.
  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    var question = (button && button.getAttribute("data-confirm")) || event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
  });

  function updateSelection() {
    var any = document.querySelector("input[name=id]:checked") !== null;
    document.querySelectorAll("[data-needs-selection]").forEach(function (b) { b.disabled = !any; });
  }

  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.hasAttribute("data-select-all")) {
      box.form.querySelectorAll("input[name=id]").forEach(function (c) { c.checked = box.checked; });
    }
    updateSelection();
  });

  // --- The live graph: server-sent events, polling when they fail, nothing while hidden.
  function startChart(el) {
    var source = el.getAttribute("data-source");
    var times = [], succeeded = [], failed = [];
    var last = null, stream = null, poller = null, errors = 0, chart = null;

    function add(samples) {
      samples.forEach(function (s) {
        if (last !== null && s[0] <= last) return;
        times.push(s[0]); succeeded.push(s[1]); failed.push(s[2]); last = s[0];
      });
      while (times.length > 120) { times.shift(); succeeded.shift(); failed.shift(); }
      var totalS = succeeded.reduce(function (a, b) { return a + b; }, 0);
      var totalF = failed.reduce(function (a, b) { return a + b; }, 0);
      el.setAttribute("data-succeeded-total", totalS);
      el.setAttribute("data-failed-total", totalF);
      el.setAttribute("data-samples", times.length);
      var summary = document.getElementById("throughput-summary");
      if (summary && times.length) {
        summary.textContent = totalS + " succeeded, " + totalF + " failed in the last " + times.length + " s";
      }
      if (chart) chart.setData([times, succeeded, failed]);
    }

    if (window.uPlot) {
      chart = new uPlot({
        width: el.clientWidth || 800, height: 220,
        scales: { y: { range: function (u, min, max) { return [0, Math.max(5, max)]; } } },
        series: [{}, { label: "succeeded", stroke: "#15803d", fill: "rgba(21,128,61,.10)", width: 2, points: { show: false } },
                 { label: "failed", stroke: "#dc2626", fill: "rgba(220,38,38,.10)", width: 2, points: { show: false } }],
        axes: [{}, { size: 50 }], legend: { show: false }, cursor: { drag: { x: false, y: false } }
      }, [times, succeeded, failed], el);
      window.addEventListener("resize", function () { chart.setSize({ width: el.clientWidth, height: 220 }); });
    }

    function poll() {
      fetch(source + (last === null ? "" : "?after=" + last), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (body) { add(body.samples); })
        .catch(function () {});
    }
    function startPolling() { if (!poller) { poll(); poller = setInterval(poll, 2000); } }
    function startStream() {
      if (!window.EventSource || errors >= 3) { startPolling(); return; }
      stream = new EventSource(source + "/stream" + (last === null ? "" : "?after=" + last));
      stream.onmessage = function (e) { errors = 0; add(JSON.parse(e.data)); };
      stream.onerror = function () {
        errors++;
        if (errors >= 3) { stream.close(); stream = null; startPolling(); }
      };
    }
    function stop() {
      if (stream) { stream.close(); stream = null; }
      if (poller) { clearInterval(poller); poller = null; }
    }
    document.addEventListener("visibilitychange", function () {
      if (document.hidden) stop(); else startStream();
    });
    if (!document.hidden) startStream();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var chart = document.getElementById("throughput");
    if (chart) startChart(chart);
    updateSelection();
    scheduleRefresh();
  });
})();
