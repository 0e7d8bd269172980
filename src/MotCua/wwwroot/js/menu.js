// On a phone the main menu folds behind the "Menu" button so the page starts near the top of the screen.
// Without this script the button stays hidden and the menu stays open.
(() => {
    const start = () => {
        const button = document.querySelector('.menu-toggle');
        const menu = button && document.getElementById(button.getAttribute('aria-controls'));
        if (!menu) {
            return;
        }

        const show = open => {
            button.setAttribute('aria-expanded', String(open));
            menu.classList.toggle('open', open);
        };
        button.hidden = false;
        document.documentElement.classList.add('menu-folds');
        button.addEventListener('click', () => show(button.getAttribute('aria-expanded') !== 'true'));
        document.addEventListener('keydown', event => {
            if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                show(false);
                button.focus();
            }
        });
    };
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
