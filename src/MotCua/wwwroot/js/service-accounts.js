// Service account pages: copy the new API key to the clipboard (no inline script is allowed by the CSP).
(function () {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
        var field = document.getElementById(button.getAttribute("data-copy"));
        var status = document.getElementById("copy-status");
        if (!field) {
            return;
        }

        field.addEventListener("focus", function () { field.select(); });
        button.addEventListener("click", function () {
            field.select();
            var done = function () {
                if (status) {
                    status.textContent = button.getAttribute("data-copied");
                }
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
            } else {
                document.execCommand("copy");
                done();
            }
        });
    });
})();
