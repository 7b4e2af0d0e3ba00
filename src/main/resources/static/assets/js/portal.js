// Behaviour shared by every page. No inline scripts: the Content-Security-Policy forbids them.
(function () {
    'use strict';

    // htmx requests carry the CSRF token like forms do.
    document.addEventListener('htmx:configRequest', function (event) {
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token && event.detail.verb !== 'get') {
            event.detail.headers[header.content] = token.content;
        }
    });

    // Buttons and links with data-confirm ask before they act.
    document.addEventListener('click', function (event) {
        var target = event.target.closest('[data-confirm]');
        if (target && !window.confirm(target.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopPropagation();
        }
    }, true);

    // Mark the navigation entry of the current section.
    document.addEventListener('DOMContentLoaded', function () {
        var path = window.location.pathname;
        var best = null;
        document.querySelectorAll('.portal-header .nav-link[href]').forEach(function (link) {
            var href = link.getAttribute('href');
            if (href === '/' ? path === '/' : (path === href || path.indexOf(href + '/') === 0)) {
                if (!best || href.length > best.getAttribute('href').length) {
                    best = link;
                }
            }
        });
        if (best) {
            best.classList.add('active');
            best.setAttribute('aria-current', 'page');
        }
    });
})();

// Small behaviours declared with data attributes (no inline scripts).
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var printer = event.target.closest('[data-print]');
        if (printer) {
            window.print();
        }
    });
    document.addEventListener('change', function (event) {
        var all = event.target.closest('[data-select-all]');
        if (all) {
            var name = all.getAttribute('data-select-all');
            document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
                box.checked = all.checked;
            });
        }
        // A box ticked among search results moves to the chosen ones, so that the next search keeps it.
        var results = event.target.closest('[data-pick-into]');
        if (results && event.target.checked) {
            var chosen = document.getElementById(results.getAttribute('data-pick-into'));
            var same = chosen.querySelector('input[value="' + CSS.escape(event.target.value) + '"]');
            if (same) {
                same.checked = true;
                event.target.closest('.form-check').remove();
            } else {
                chosen.appendChild(event.target.closest('.form-check'));
            }
        }
    });
})();
