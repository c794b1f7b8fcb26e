package com.queuewallboard.ui.window;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a supervisor at a desktop about new alarms when the board is not the window in front.
 * The system tray's message (Windows toast, most Linux desktops, macOS Notification Center) is
 * used where AWT supports a tray; elsewhere a ControlsFX notification pops up on the board's
 * screen. Where neither works, nothing shows and the log says so once: the banner and the sound
 * still tell the room.
 */
final class DesktopNotifier implements Consumer<List<String>> {
    private static final Logger LOG = Logger.getLogger(DesktopNotifier.class.getName());
    private final Stage stage;
    private java.awt.TrayIcon trayIcon;
    private boolean trayTried;
    private boolean reportedFailure;

    DesktopNotifier(Stage stage) {
        this.stage = stage;
    }

    @Override
    public void accept(List<String> raised) {
        if (raised.isEmpty() || stage.isFocused()) return;   // the board in front shows it already
        String title = raised.size() == 1 ? "Queue Wallboard alarm" : raised.size() + " Queue Wallboard alarms";
        String text = String.join("\n", raised);
        try {
            if (tray()) {
                java.awt.EventQueue.invokeLater(() -> trayIcon.displayMessage(title, text, java.awt.TrayIcon.MessageType.WARNING));
                return;
            }
            Notifications.create().title(title).text(text).owner(stage).hideAfter(Duration.seconds(15)).showWarning();
        } catch (RuntimeException | LinkageError e) {
            if (!reportedFailure) {
                reportedFailure = true;
                LOG.log(Level.WARNING, "Desktop notifications are not supported here (" + e.getClass().getSimpleName()
                        + "); alarms show on the board only.");
            }
        }
    }

    /** A tray icon, made once, when this desktop has a tray (never in a headless JVM). */
    private boolean tray() {
        if (trayTried) return trayIcon != null;
        trayTried = true;
        try {
            if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.SystemTray.isSupported()) {
                LOG.info("No system tray here: alarm notifications pop up on the board's screen.");
                return false;
            }
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(new java.awt.Color(0xd1, 0x24, 0x2f));
            g.fillOval(1, 1, 14, 14);
            g.dispose();
            java.awt.TrayIcon icon = new java.awt.TrayIcon(image, "Queue Wallboard");
            icon.setImageAutoSize(true);
            icon.addActionListener(e -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.toFront();
            }));
            java.awt.SystemTray.getSystemTray().add(icon);
            trayIcon = icon;
            return true;
        } catch (Exception | LinkageError e) {
            LOG.log(Level.INFO, "System tray unavailable (" + e.getClass().getSimpleName() + "); notifications pop up on the board's screen.");
            return false;
        }
    }

    void remove() {
        if (trayIcon != null) {
            java.awt.TrayIcon icon = trayIcon;
            java.awt.EventQueue.invokeLater(() -> java.awt.SystemTray.getSystemTray().remove(icon));
        }
    }
}
