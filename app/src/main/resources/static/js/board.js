// The board pages' own behaviour (the CSP allows no inline scripts).
(function () {
    "use strict";

    // The rows refresh themselves every 30 s (hx-trigger on the table body). Once the session has
    // ended, the refresh is sent to the sign-in page: reload the whole page rather than paste the
    // sign-in form into the table.
    document.addEventListener("htmx:beforeSwap", function (event) {
        var xhr = event.detail.xhr;
        if (xhr && xhr.responseURL && new URL(xhr.responseURL).pathname === "/login") {
            event.detail.shouldSwap = false;
            window.location.reload();
        }
    });
})();
