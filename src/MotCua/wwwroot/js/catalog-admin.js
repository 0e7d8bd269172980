// Small enhancements for the catalogue pages; every page works without them.
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("select[data-partial-toggle]").forEach(function (select) {
        var target = document.getElementById(select.getAttribute("data-partial-toggle"));
        if (!target) { return; }
        var sync = function () { target.hidden = select.value !== "Partial" && !target.querySelector(".field-validation-error:not(:empty)"); };
        select.addEventListener("change", sync);
        sync();
    });
}());
