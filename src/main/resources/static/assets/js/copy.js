// Copy buttons: <button data-copy="#field-id"> copies that field's value (the set-password link).
(function () {
    'use strict';

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy]');
        if (!button) {
            return;
        }
        var field = document.querySelector(button.getAttribute('data-copy'));
        if (!field) {
            return;
        }
        field.focus();
        field.select();
        var done = function () {
            button.textContent = 'Copied';
        };
        // The clipboard API needs a secure context (https or localhost); on plain http the text stays selected.
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, function () { /* selected: copy by hand */ });
        } else if (document.execCommand && document.execCommand('copy')) {
            done();
        }
    });
})();
