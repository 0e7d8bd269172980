// The PAKN receipt's print button (no inline scripts under the content security policy).
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
})();
