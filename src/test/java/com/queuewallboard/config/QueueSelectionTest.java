package com.queuewallboard.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueSelectionTest {
    private static final String ID = "1b2c3d4e-0000-4000-8000-123456789abc";

    @Test
    void splitsIdsAndNames() throws Exception {
        QueueSelection s = QueueSelection.parse(List.of(ID, "Sales", "Sup*", " ", ID.toUpperCase()));
        assertEquals(List.of(ID), s.ids());
        assertEquals(List.of("Sales", "Sup*"), s.names());
    }

    @Test
    void aBrokenIdIsATypoNotAName() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> QueueSelection.parse(List.of("1b2c3d4e-0000-4000-8000-123456789ab")));
        assertTrue(e.getMessage().contains("not a valid queue id"), e.getMessage());
    }

    @Test
    void idShapedTyposAndBracesAreHandled() throws Exception {
        assertThrows(ConfigException.class, () -> QueueSelection.parse(List.of("1b2c3d4e-0000-4000-8000-12345678901Z")));
        assertEquals(List.of(ID), QueueSelection.parse(List.of("{" + ID + "}")).ids());
    }

    @Test
    void idOnlySourcesRejectNames() {
        ConfigException e = assertThrows(ConfigException.class, () -> QueueSelection.requireIds(List.of("Sales"), "GENESYS_QUEUE_IDS"));
        assertTrue(e.getMessage().startsWith("GENESYS_QUEUE_IDS: 'Sales' is not a queue id"), e.getMessage());
    }
}
