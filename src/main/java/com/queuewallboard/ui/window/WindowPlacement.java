package com.queuewallboard.ui.window;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;

/** Puts the window on the chosen monitor, restoring the remembered geometry when it still fits. */
final class WindowPlacement {
    private WindowPlacement() {
    }

    /** The monitor to use: the launch flag, else the remembered one, else the primary (when out of range too). */
    static Screen chooseScreen(Integer launchMonitor, Integer rememberedMonitor) {
        List<Screen> screens = Screen.getScreens();
        Integer wanted = launchMonitor != null ? launchMonitor : rememberedMonitor;
        if (wanted != null && wanted >= 0 && wanted < screens.size()) return screens.get(wanted);
        return Screen.getPrimary();
    }

    static int indexOf(Screen screen) {
        int i = Screen.getScreens().indexOf(screen);
        return Math.max(0, i);
    }

    /** The monitor that holds the window's centre. */
    static Screen screenOf(Stage stage) {
        double cx = stage.getX() + stage.getWidth() / 2;
        double cy = stage.getY() + stage.getHeight() / 2;
        for (Screen s : Screen.getScreens()) {
            if (s.getBounds().contains(cx, cy)) return s;
        }
        return Screen.getPrimary();
    }

    /** Sizes and places the stage on {@code screen}; keeps the remembered position if it lies on that screen. */
    static void place(Stage stage, Screen screen, UiState state, boolean keepRememberedPosition) {
        Rectangle2D area = screen.getVisualBounds();
        double width = Math.min(state.width(), area.getWidth());
        double height = Math.min(state.height(), area.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        boolean remembered = keepRememberedPosition && state.x() != null && state.y() != null
                && area.intersects(state.x(), state.y(), width, height)
                && area.contains(state.x() + width / 2, state.y() + height / 2);
        if (remembered) {
            stage.setX(state.x());
            stage.setY(state.y());
        } else {
            stage.setX(area.getMinX() + (area.getWidth() - width) / 2);
            stage.setY(area.getMinY() + (area.getHeight() - height) / 2);
        }
    }
}
