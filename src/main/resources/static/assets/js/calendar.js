// The activity calendar (/calendar): FullCalendar fed by /calendar/events for the visible range only. The
// filters and the view live in the address, so what is on screen can be bookmarked and shared. Activities that
// have only a planned window are listed above the grid, never drawn on days. No inline scripts (CSP). Every word it
// shows comes from the page (data-text-*, data-hint-* on #calendar), in the reader's language; data-locale names
// the language FullCalendar writes months and days in ("th": Thai, with years of the Buddhist Era).
(function () {
    'use strict';

    var VIEWS = {month: 'dayGridMonth', week: 'timeGridWeek', list: 'listMonth'};
    var NAMES = {dayGridMonth: 'month', timeGridWeek: 'week', listMonth: 'list'};
    var FEED_FILTERS = ['project', 'department', 'type', 'country'];

    /** "Planned in $0 ($1)" with its $0, $1... filled in. */
    function fill(text, values) {
        return text.replace(/\$(\d)/g, function (whole, index) {
            return index < values.length ? String(values[index]) : whole;
        });
    }

    function isoDay(date) {
        var month = String(date.getMonth() + 1).padStart(2, '0');
        var day = String(date.getDate()).padStart(2, '0');
        return date.getFullYear() + '-' + month + '-' + day;
    }

    /** The filter form's values, without the empty ones and without view and date. */
    function filterParams(form) {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, name) {
            if (value !== '' && name !== 'view' && name !== 'date') {
                params.append(name, value);
            }
        });
        return params;
    }

    function plannedItem(event) {
        var props = event.extendedProps;
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = event.url;
        link.className = 'planned-item type-' + props.type;
        var chip = document.createElement('span');
        chip.className = 'type-chip type-' + props.type;
        chip.textContent = props.typeLabel;
        var title = document.createElement('span');
        title.className = 'planned-title';
        title.textContent = event.title;
        var when = document.createElement('span');
        when.className = 'planned-when';
        when.textContent = props.when + ' · ' + props.project + ' · ' + props.statusLabel;
        link.append(chip, ' ', title, ' ', when);
        item.append(link);
        return item;
    }

    /** Planned windows overlapping the month (or week) in view, not the whole grid with its spill-over days. */
    function inPeriod(event, view) {
        return event.start < isoDay(view.currentEnd) && event.end > isoDay(view.currentStart);
    }

    /**
     * In the week view an activity with times over several days goes into the all-day row, as one bar over its
     * days, rather than filling every hour of every day (calendar applications do the same).
     */
    function forWeekView(event) {
        if (event.allDay || !event.end) {
            return event;
        }
        var start = new Date(event.start);
        var end = new Date(event.end);
        if (isoDay(start) === isoDay(end) || end - start < 24 * 3600 * 1000) {
            return event;
        }
        var last = new Date(end.getTime() - 1);
        var after = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
        return Object.assign({}, event, {allDay: true, start: isoDay(start), end: isoDay(after)});
    }

    function tooltip(event) {
        var props = event.extendedProps;
        return [event.title, props.typeLabel + ' · ' + props.statusLabel + ' · ' + props.project, props.when, props.place]
            .filter(Boolean).join('\n');
    }

    document.addEventListener('DOMContentLoaded', function () {
        var element = document.getElementById('calendar');
        var form = document.getElementById('calendar-filters');
        if (!element || !form || !window.FullCalendar) {
            return;
        }
        var planned = document.getElementById('planned');
        var plannedList = document.getElementById('planned-list');
        var plannedHeading = document.getElementById('planned-heading');
        var problem = document.getElementById('calendar-problem');
        var listLink = document.getElementById('calendar-list-link');
        var feedLink = document.getElementById('calendar-feed-link');
        var narrow = window.matchMedia('(max-width: 575.98px)').matches;
        var words = element.dataset;

        function showPlanned(events, title) {
            plannedList.replaceChildren.apply(plannedList, events.map(plannedItem));
            plannedHeading.textContent = fill(words.textPlanned, [title, events.length]);
            planned.hidden = events.length === 0;
        }

        function showProblem(message) {
            problem.textContent = message;
            problem.hidden = !message;
        }

        /** Puts the view, the shown date and the filters in the address and in the page's links. */
        function remember(calendar) {
            var view = calendar.view;
            var params = filterParams(form);
            var first = isoDay(view.currentStart);
            var state = new URLSearchParams(params);
            state.set('view', NAMES[view.type] || 'month');
            state.set('date', first);
            window.history.replaceState(null, '', element.dataset.page + '?' + state.toString());
            form.elements.view.value = state.get('view');
            form.elements.date.value = first;
            var list = new URLSearchParams(params);
            list.set('month', first.substring(0, 7));
            listLink.href = element.dataset.list + '?' + list.toString();
            var feed = new URLSearchParams();
            FEED_FILTERS.forEach(function (name) {
                if (params.get(name)) {
                    feed.set(name, params.get(name));
                }
            });
            feedLink.href = element.dataset.feeds + (feed.toString() ? '?' + feed.toString() : '');
        }

        var initialView = VIEWS[element.dataset.view] || (narrow ? 'listMonth' : 'dayGridMonth');

        /** Month and list as tall as their content; the week's 24 hours scroll, starting in the morning. */
        function heightFor(viewType) {
            return viewType === 'timeGridWeek' ? 760 : 'auto';
        }

        var calendar = new FullCalendar.Calendar(element, {
            initialView: initialView,
            initialDate: element.dataset.date || undefined,
            locale: words.locale || 'en-GB',
            firstDay: 1,
            // Every change of view or dates asks again: the week view shows some events differently.
            lazyFetching: false,
            height: heightFor(initialView),
            scrollTime: '07:00:00',
            views: {
                dayGridMonth: {dayHeaderFormat: {weekday: 'short'}},
                timeGridWeek: {dayHeaderFormat: {weekday: 'short', day: 'numeric', month: 'short'}},
                listMonth: {listDayFormat: {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}, listDaySideFormat: false}
            },
            headerToolbar: narrow
                ? {left: 'prev,next', center: 'title', right: 'today'}
                : {left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth'},
            footerToolbar: narrow ? {center: 'dayGridMonth,timeGridWeek,listMonth'} : false,
            buttonText: {today: words.textToday, month: words.textMonth, week: words.textWeek, list: words.textList},
            buttonHints: {prev: words.hintPrev, next: words.hintNext, today: words.hintToday},
            viewHint: words.hintView,
            allDayText: words.textAllDay,
            moreLinkText: words.textMore,
            moreLinkHint: function (count) {
                return count === 1 ? words.hintMoreOne : fill(words.hintMore, [count]);
            },
            closeHint: words.hintClose,
            timeHint: words.textTime,
            eventHint: words.textEvent,
            eventTimeFormat: {hour: '2-digit', minute: '2-digit', hour12: false},
            slotLabelFormat: {hour: '2-digit', minute: '2-digit', hour12: false},
            eventDisplay: 'block',
            dayMaxEvents: 4,
            nowIndicator: true,
            noEventsText: words.textNoEvents,
            events: function (range, success, failure) {
                var params = filterParams(form);
                params.set('start', range.startStr);
                params.set('end', range.endStr);
                fetch(element.dataset.events + '?' + params.toString(), {headers: {Accept: 'application/json'}})
                    .then(function (response) {
                        var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
                        if (!response.ok && json) {
                            // The portal says what is wrong with the filter, e.g. a project code nobody has.
                            return response.json().then(function (body) {
                                throw new Error(body.message || words.textLoadFailed);
                            });
                        }
                        if (!response.ok || !json) {
                            throw new Error(json ? words.textLoadFailed : words.textSessionEnded);
                        }
                        return response.json();
                    })
                    .then(function (events) {
                        var view = calendar.view;
                        var week = view.type.indexOf('timeGrid') === 0;
                        showProblem('');
                        showPlanned(events.filter(function (e) {
                            return e.extendedProps.planned && inPeriod(e, view);
                        }), view.title);
                        success(events.filter(function (e) { return !e.extendedProps.planned; })
                            .map(function (e) { return week ? forWeekView(e) : e; }));
                    })
                    .catch(function (error) {
                        showProblem(error.message);
                        failure(error);
                    });
            },
            eventDidMount: function (info) {
                info.el.title = tooltip(info.event);
                var status = info.event.extendedProps.status;
                var title = info.el.querySelector('.fc-list-event-title');
                if (title && status !== 'APPROVED' && status !== 'COMPLETED') {
                    var note = document.createElement('span');
                    note.className = 'list-status';
                    note.textContent = info.event.extendedProps.statusLabel;
                    title.append(' ', note);
                }
            },
            datesSet: function (info) {
                // The arrows' buttons are named by their hints; the icon inside is decoration.
                element.querySelectorAll('.fc-icon').forEach(function (icon) {
                    icon.removeAttribute('role');
                    icon.setAttribute('aria-hidden', 'true');
                });
                if (calendar.getOption('height') !== heightFor(info.view.type)) {
                    calendar.setOption('height', heightFor(info.view.type));
                }
                remember(calendar);
            }
        });
        calendar.render();

        function refilter(event) {
            if (event) {
                event.preventDefault();
            }
            remember(calendar);
            calendar.refetchEvents();
        }
        form.addEventListener('change', function () { refilter(); });
        form.addEventListener('submit', refilter);
    });
})();
