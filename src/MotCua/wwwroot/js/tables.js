// Tables marked "stack-auto" become one labelled card per row on a phone (site.css, table.stack): each cell gets its
// column's heading as data-label. Without this script such a table keeps its columns and scrolls inside its own box.
(() => {
    const label = table => {
        const headings = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
        for (const row of table.querySelectorAll('tbody tr')) {
            [...row.cells].forEach((cell, i) => {
                if (!cell.hasAttribute('data-label') && headings[i]) {
                    cell.setAttribute('data-label', headings[i]);
                }
            });
        }

        table.classList.add('stack');
    };
    const start = () => document.querySelectorAll('table.stack-auto').forEach(label);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
