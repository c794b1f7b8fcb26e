package com.queuewallboard.ui.board;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Splits the tiles into pages of what fits on screen; a timer turns the pages on an unattended board. */
public final class Pager {
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private int items;
    private int capacity = 1;

    public void setItemCount(int count) {
        items = Math.max(0, count);
        update();
    }

    public void setCapacity(int perPage) {
        capacity = Math.max(1, perPage);
        update();
    }

    public int capacity() {
        return capacity;
    }

    /** Next page, back to the first after the last. */
    public void next() {
        page.set(pageCount.get() <= 1 ? 0 : (page.get() + 1) % pageCount.get());
        updateText();
    }

    public void previous() {
        page.set(pageCount.get() <= 1 ? 0 : (page.get() - 1 + pageCount.get()) % pageCount.get());
        updateText();
    }

    /** First item index on the current page (inclusive). */
    public int from() {
        return Math.min(items, page.get() * capacity);
    }

    /** Last item index on the current page (exclusive). */
    public int to() {
        return Math.min(items, from() + capacity);
    }

    private void update() {
        int count = Math.max(1, (items + capacity - 1) / capacity);
        pageCount.set(count);
        if (page.get() >= count) page.set(count - 1);
        updateText();
    }

    private void updateText() {
        text.set(pageCount.get() > 1 ? "Page " + (page.get() + 1) + " of " + pageCount.get() : "");
    }

    public ReadOnlyIntegerProperty pageProperty() { return page.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty pageCountProperty() { return pageCount.getReadOnlyProperty(); }
    /** "Page 2 of 3", empty when everything fits. */
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
}
