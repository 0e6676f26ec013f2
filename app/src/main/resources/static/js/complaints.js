// The complaint analysis's month-by-month trend as lines (Chart.js). The table beside it is the
// record, in words; the chart draws what the table says, in the page's language. Without scripts,
// or if Chart.js is missing, nothing else changes.
(function () {
    "use strict";
    // Registered, accepted, rejected, feedback late, feedback overdue.
    var COLOURS = ["#2b5686", "#1e7b34", "#8792a2", "#d99a00", "#b42318"];

    document.addEventListener("DOMContentLoaded", function () {
        var canvas = document.getElementById("complaint-trend-chart");
        if (!canvas || typeof window.Chart === "undefined") {
            return;
        }
        var rows = document.querySelectorAll("#trend [data-trend-row]");
        var labels = Array.prototype.map.call(rows, function (row) {
            return row.querySelector("[data-month]").textContent.trim();
        });
        var names = Array.prototype.map.call(document.querySelectorAll("#trend [data-series]"), function (th) {
            return th.textContent.trim();
        });
        var datasets = names.map(function (name, series) {
            return {
                label: name,
                data: Array.prototype.map.call(rows, function (row) {
                    return Number(row.querySelectorAll("[data-count]")[series].textContent);
                }),
                borderColor: COLOURS[series % COLOURS.length],
                backgroundColor: COLOURS[series % COLOURS.length],
                tension: 0
            };
        });
        new window.Chart(canvas, {
            type: "line",
            data: { labels: labels, datasets: datasets },
            options: {
                responsive: false,
                animation: false,
                scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
            }
        });
    });
})();
