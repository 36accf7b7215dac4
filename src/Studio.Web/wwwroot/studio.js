// Studio's few browser helpers. Keyboard navigation in the lists: the arrow keys move the focus between the task
// cells of a grid (left/right in a row, up/down in the same column); Enter or Space opens the focused task.
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
