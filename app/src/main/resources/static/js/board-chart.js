// The board's SLA lights of the page as a doughnut (Chart.js). The counts are also on the page in
// words; without scripts, or if Chart.js is missing, nothing else changes.
(function () {
    "use strict";
    // The same colours as the lights in app.css: green, amber, red, paused (grey), none.
    var COLOURS = ["#1e7b34", "#d99a00", "#b42318", "#8792a2", "#d9dee5"];

    document.addEventListener("DOMContentLoaded", function () {
        var canvas = document.getElementById("sla-chart");
        if (!canvas || typeof window.Chart === "undefined") {
            return;
        }
        // The chart draws what the list beside it says, in the page's language.
        var labels = Array.prototype.map.call(document.querySelectorAll("#sla-summary [data-light-label]"),
            function (label) { return label.textContent.trim(); });
        var counts = Array.prototype.map.call(document.querySelectorAll("#sla-summary [data-light-count]"),
            function (count) { return Number(count.textContent); });
        new window.Chart(canvas, {
            type: "doughnut",
            data: { labels: labels, datasets: [{ data: counts, backgroundColor: COLOURS, borderWidth: 1 }] },
            options: { responsive: false, animation: false, plugins: { legend: { display: false } } }
        });
    });
})();
