// Dashboard and report pages. Charts are drawn by Chart.js from the table of numbers beside each one, so a chart
// and its table always agree and screen readers and printers get the table (no inline scripts: the CSP forbids them).
//   <figure class="chart" data-chart="bar" [data-stacked="true"] [data-horizontal="true"]>
//     <canvas></canvas> ... <table> header cells with data-colour are the series; body cells carry data-value;
//     rows with class "total" are not charted.
(function () {
    'use strict';

    var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

    function toArray(list) {
        return Array.prototype.slice.call(list);
    }

    function draw(figure) {
        var canvas = figure.querySelector('canvas');
        var table = figure.querySelector('table');
        if (!canvas || !table || !table.tHead || typeof window.Chart === 'undefined') {
            return;
        }
        var series = [];
        toArray(table.tHead.rows[0].cells).forEach(function (cell, index) {
            if (cell.hasAttribute('data-colour')) {
                series.push({index: index, label: cell.textContent.trim(), colour: cell.getAttribute('data-colour')});
            }
        });
        var rows = toArray(table.tBodies[0].rows).filter(function (row) {
            return !row.classList.contains('total');
        });
        var labels = rows.map(function (row) {
            return row.cells[0].textContent.trim();
        });
        var datasets = series.map(function (s) {
            return {
                label: s.label,
                backgroundColor: s.colour,
                borderColor: s.colour,
                borderWidth: 1,
                maxBarThickness: 48,
                data: rows.map(function (row) {
                    return Number(row.cells[s.index].getAttribute('data-value') || 0);
                })
            };
        });
        var stacked = figure.getAttribute('data-stacked') === 'true';
        var horizontal = figure.getAttribute('data-horizontal') === 'true';
        var counts = {stacked: stacked, beginAtZero: true, ticks: {precision: 0}};
        var categories = {stacked: stacked, grid: {display: false}};
        new window.Chart(canvas, {
            type: figure.getAttribute('data-chart') || 'bar',
            data: {labels: labels, datasets: datasets},
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                responsive: true,
                maintainAspectRatio: false,
                animation: reducedMotion ? false : {duration: 400},
                plugins: {legend: {display: datasets.length > 1, position: 'bottom'}},
                scales: horizontal ? {x: counts, y: categories} : {x: categories, y: counts}
            }
        });
        figure.setAttribute('data-drawn', 'true');
    }

    document.addEventListener('DOMContentLoaded', function () {
        toArray(document.querySelectorAll('figure.chart')).forEach(draw);
    });

    // Printed pages show every table of numbers, whether or not its "Show the numbers" was opened.
    var opened = [];
    window.addEventListener('beforeprint', function () {
        toArray(document.querySelectorAll('details.chart-numbers, details.counting-rules')).forEach(function (details) {
            if (!details.open) {
                details.open = true;
                opened.push(details);
            }
        });
    });
    window.addEventListener('afterprint', function () {
        opened.forEach(function (details) {
            details.open = false;
        });
        opened = [];
    });
})();
