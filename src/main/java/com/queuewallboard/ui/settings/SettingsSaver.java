package com.queuewallboard.ui.settings;

import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Settings;

/** Stores settings the dialog produced (the settings file plus the owner-only secret file). */
@FunctionalInterface
public interface SettingsSaver {
    void save(Settings settings) throws ConfigException;
}
