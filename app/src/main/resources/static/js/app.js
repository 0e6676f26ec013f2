// Behaviour of every page, bound by data- attributes: the CSP allows no inline scripts.
(function () {
    "use strict";

    // htmx requests carry the CSRF token that plain forms carry as a hidden field.
    document.addEventListener("htmx:configRequest", function (event) {
        var token = document.querySelector("meta[name='_csrf']");
        var header = document.querySelector("meta[name='_csrf_header']");
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    function ready(fn) {
        if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
    }

    ready(function () {
        // Buttons that change something irreversible ask first.
        document.querySelectorAll("form[data-confirm]").forEach(function (form) {
            form.addEventListener("submit", function (event) {
                if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
            });
        });
    });
})();
