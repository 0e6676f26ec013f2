// The ticket page: fields that only one choice needs (an appointment for ON_SITE, the contract
// deadline for INSTALLATION, the evaluation of a REQUIREMENT) show, and are sent, only when that
// choice is made. Without scripts every field shows; the server judges what was sent.
(function () {
    "use strict";

    function ready(fn) {
        if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
    }

    // data-show-for="<select id>=<VALUE>[,<VALUE>…]"
    function bind(element) {
        var rule = element.getAttribute("data-show-for").split("=");
        var select = document.getElementById(rule[0]);
        if (!select) { return; }
        var values = rule[1].split(",");
        function apply() {
            var shown = values.indexOf(select.value) >= 0;
            element.hidden = !shown;
            if (element.tagName === "FIELDSET") {
                element.disabled = !shown;
            } else {
                element.querySelectorAll("input, select, textarea").forEach(function (field) { field.disabled = !shown; });
            }
        }
        select.addEventListener("change", apply);
        apply();
    }

    ready(function () {
        document.querySelectorAll("[data-show-for]").forEach(bind);
    });
})();
