// Calendar page: the print button (no inline script is allowed by the CSP).
(function () {
    var button = document.getElementById("print-calendar");
    if (button) {
        button.addEventListener("click", function () { window.print(); });
    }
})();
