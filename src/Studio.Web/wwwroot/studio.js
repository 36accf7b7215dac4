// Studio's few browser helpers. Keyboard navigation in the lists: the arrow keys move the focus between the task
// cells of a grid (left/right in a row, up/down in the same column); Enter or Space opens the focused task; the focus
// stays with its row while a virtualized list scrolls.
(() => {
    const cellSelector = '.studio-grid .studio-cell, .studio-grid .studio-row-open';

    function cellsOf(row) {
        return Array.from(row.querySelectorAll(cellSelector));
    }

    function columnIndex(cell) {
        const td = cell.closest('td');
        return td ? Array.from(td.parentElement.children).indexOf(td) : -1;
    }

    function move(cell, key) {
        const row = cell.closest('tr');
        if (!row) return null;
        if (key === 'ArrowLeft' || key === 'ArrowRight') {
            const cells = cellsOf(row);
            const i = cells.indexOf(cell) + (key === 'ArrowRight' ? 1 : -1);
            return cells[i] || null;
        }
        const column = columnIndex(cell);
        let next = key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
        while (next) {
            const td = next.children[column];
            const target = td && td.querySelector(cellSelector);
            if (target) return target;
            next = key === 'ArrowDown' ? next.nextElementSibling : next.previousElementSibling;
        }
        return null;
    }

    // The big lists reuse their row elements as they scroll (an element shows another row after a scroll): the focus
    // follows its row (the same column of the element now showing it) or, once the row has scrolled out of the page,
    // goes to the list itself, never to another row's cell.
    let focused = null;
    document.addEventListener('focusin', e => {
        const cell = e.target.closest && e.target.closest(cellSelector);
        const row = cell && cell.closest('tr[data-row]');
        focused = row ? { grid: row.closest('.studio-grid'), row: row.dataset.row, column: columnIndex(cell) } : null;
    });
    new MutationObserver(() => {
        const active = document.activeElement;
        const row = active && active.closest && active.closest('tr[data-row]');
        if (!focused || !row || row.dataset.row === focused.row) return;
        const home = Array.from(focused.grid.querySelectorAll('tr[data-row]')).find(r => r.dataset.row === focused.row);
        const cell = home && home.children[focused.column] && home.children[focused.column].querySelector(cellSelector);
        if (cell) {
            cell.focus({ preventScroll: true });
        } else {
            focused.grid.focus({ preventScroll: true });
        }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-row'] });

    document.addEventListener('keydown', e => {
        if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
        const cell = e.target.closest && e.target.closest(cellSelector);
        if (!cell) return;
        const target = move(cell, e.key);
        if (target) {
            e.preventDefault();
            target.focus();
            target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
    });
})();
