// Draws a chart from the table it names (Chart.js): <canvas data-chart-table="ID"
// data-chart-type="bar|line" [data-chart-stacked="true"] [data-chart-percent="true"]>. The table
// is the record, in words: its header cells marked data-series name the series, each row marked
// data-chart-row has its label (data-label) and one value per series (data-value; blank = none).
// Without scripts, or if Chart.js is missing, the table stays as it is.
(function () {
    "use strict";
    var COLOURS = ["#2b5686", "#1e7b34", "#d99a00", "#8792a2", "#b42318", "#6b3fa0"];

    function number(text) {
        var trimmed = text.trim();
        return trimmed === "" ? null : Number(trimmed);
    }

    function draw(canvas) {
        var table = document.getElementById(canvas.getAttribute("data-chart-table"));
        if (!table) {
            return;
        }
        var rows = table.querySelectorAll("[data-chart-row]");
        var labels = Array.prototype.map.call(rows, function (row) {
            return row.querySelector("[data-label]").textContent.trim();
        });
        var names = Array.prototype.map.call(table.querySelectorAll("[data-series]"), function (th) {
            return th.textContent.trim();
        });
        var type = canvas.getAttribute("data-chart-type") || "bar";
        var stacked = canvas.getAttribute("data-chart-stacked") === "true";
        var percent = canvas.getAttribute("data-chart-percent") === "true";
        var datasets = names.map(function (name, series) {
            var colour = COLOURS[series % COLOURS.length];
            return {
                label: name,
                data: Array.prototype.map.call(rows, function (row) {
                    var cell = row.querySelectorAll("[data-value]")[series];
                    return cell ? number(cell.textContent) : null;
                }),
                borderColor: colour,
                backgroundColor: colour,
                spanGaps: true,
                tension: 0
            };
        });
        var y = { beginAtZero: true, stacked: stacked };
        if (percent) {
            y.max = 100;
        }
        new window.Chart(canvas, {
            type: type,
            data: { labels: labels, datasets: datasets },
            options: {
                responsive: false,
                animation: false,
                scales: { x: { stacked: stacked }, y: y }
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (typeof window.Chart === "undefined") {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll("canvas[data-chart-table]"), draw);
    });
})();
