// Print buttons on catalogue pages (no inline script: the CSP allows scripts from files only).
document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
});
