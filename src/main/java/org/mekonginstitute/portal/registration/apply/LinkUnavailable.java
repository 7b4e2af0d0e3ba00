package org.mekonginstitute.portal.registration.apply;

/** A form sent through a link that takes no applications now (closed, full, revoked...): nothing is stored. */
class LinkUnavailable extends RuntimeException {

    private final LinkView view;

    LinkUnavailable(LinkView view) {
        super(view.state().heading());
        this.view = view;
    }

    LinkView view() {
        return view;
    }
}
