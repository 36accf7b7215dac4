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

    // Timesheet cells: Up, Down and Enter move to the same day of the task above or below; Left and Right to the day
    // before or after once the caret is at the edge of what is typed. Leaving a cell saves it (its change event).
    document.addEventListener('keydown', e => {
        const cell = e.target.closest && e.target.closest('.studio-timesheet-cell');
        if (!cell) return;
        const table = cell.closest('table');
        let row = Number(cell.dataset.row), col = Number(cell.dataset.col);
        const atStart = cell.selectionStart === 0 && cell.selectionEnd === 0;
        const atEnd = cell.selectionStart === cell.value.length && cell.selectionEnd === cell.value.length;
        let step;
        if (e.key === 'ArrowUp') step = [-1, 0];
        else if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) step = [1, 0];
        else if (e.key === 'Enter' && e.shiftKey) step = [-1, 0];
        else if (e.key === 'ArrowLeft' && atStart) step = [0, -1];
        else if (e.key === 'ArrowRight' && atEnd) step = [0, 1];
        else return;
        for (;;) {
            row += step[0];
            col += step[1];
            const next = table.querySelector(`.studio-timesheet-cell[data-row="${row}"][data-col="${col}"]`);
            if (!next) {
                // Enter on the last row takes what was typed without leaving the cell.
                if (e.key === 'Enter') cell.dispatchEvent(new Event('change', { bubbles: true }));
                return;
            }
            if (next.disabled) continue;
            e.preventDefault();
            next.focus();
            next.select();
            return;
        }
    });
})();

// Hands text to the browser as a file to save (the CSV exports of the screens).
window.studioDownload = (name, type, text) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
};
