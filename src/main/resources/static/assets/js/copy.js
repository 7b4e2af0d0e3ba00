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
        // The word for "copied" comes in the page's language (data-copied), like every other word on the page.
        var done = function () {
            button.textContent = button.getAttribute('data-copied') || button.textContent;
        };
        // The clipboard API needs a secure context (https or localhost); on plain http the text stays selected.
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, function () { /* selected: copy by hand */ });
        } else if (document.execCommand && document.execCommand('copy')) {
            done();
        }
    });
})();
