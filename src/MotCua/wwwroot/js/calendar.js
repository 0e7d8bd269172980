// Calendar pages: the print button and delete confirmations (no inline script is allowed by the CSP).
(function () {
    var button = document.getElementById("print-calendar");
    if (button) {
        button.addEventListener("click", function () { window.print(); });
    }

    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            if (!window.confirm(form.getAttribute("data-confirm"))) {
                event.preventDefault();
            }
        });
    });
})();
