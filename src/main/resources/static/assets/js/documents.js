// Uploading documents: files dropped on the drop zone go into its file field, as if chosen there, and the names of
// the chosen files are listed. Without JavaScript the file field works alone.
(function () {
    'use strict';

    function list(zone, input) {
        var names = zone.querySelector('.drop-list');
        if (!names) {
            return;
        }
        names.textContent = '';
        Array.prototype.forEach.call(input.files, function (file) {
            var item = document.createElement('li');
            item.textContent = file.name;
            names.appendChild(item);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-drop-zone]').forEach(function (zone) {
            var input = zone.querySelector('input[type=file]');
            if (!input) {
                return;
            }
            zone.classList.add('drop-ready');
            ['dragenter', 'dragover'].forEach(function (name) {
                zone.addEventListener(name, function (event) {
                    event.preventDefault();
                    zone.classList.add('drop-over');
                });
            });
            ['dragleave', 'drop'].forEach(function (name) {
                zone.addEventListener(name, function () {
                    zone.classList.remove('drop-over');
                });
            });
            zone.addEventListener('drop', function (event) {
                event.preventDefault();
                if (event.dataTransfer && event.dataTransfer.files.length) {
                    input.files = event.dataTransfer.files;
                    list(zone, input);
                }
            });
            input.addEventListener('change', function () {
                list(zone, input);
            });
        });
    });
})();
