// The engineers' four review scores side by side as bars (Chart.js). The table beside it is the
// record, in words; the chart draws what the table says, in the page's language. Without scripts,
// or if Chart.js is missing, nothing else changes.
(function () {
    "use strict";
    // Quality, attitude, speed, satisfaction.
    var COLOURS = ["#2b5686", "#1e7b34", "#d99a00", "#8a3ffc"];

    document.addEventListener("DOMContentLoaded", function () {
        var canvas = document.getElementById("review-chart");
        if (!canvas || typeof window.Chart === "undefined") {
            return;
        }
        var rows = document.querySelectorAll("#reviews [data-review-row]");
        var labels = Array.prototype.map.call(rows, function (row) {
            return row.querySelector("[data-engineer]").textContent.trim();
        });
        var names = Array.prototype.map.call(document.querySelectorAll("#reviews [data-series]"), function (th) {
            return th.textContent.trim();
        });
        var datasets = names.map(function (name, series) {
            return {
                label: name,
                data: Array.prototype.map.call(rows, function (row) {
                    return Number(row.querySelectorAll("[data-score]")[series].textContent);
                }),
                backgroundColor: COLOURS[series % COLOURS.length]
            };
        });
        new window.Chart(canvas, {
            type: "bar",
            data: { labels: labels, datasets: datasets },
            options: {
                responsive: false,
                animation: false,
                scales: { y: { beginAtZero: true, max: 100 } }
            }
        });
    });
})();
