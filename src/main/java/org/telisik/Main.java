package org.telisik;

import org.telisik.cli.TelisikCommand;
import org.telisik.ui.TelisikApp;

/**
 * Plain launcher, deliberately not a JavaFX Application (a shaded jar whose main class extends Application
 * fails with "JavaFX runtime components are missing"). No arguments, or only {@code --workspace PATH}: the
 * desktop app; anything else: the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 2 && "--workspace".equals(args[0]))) {
            TelisikApp.launchApp(args);
            return;
        }
        System.exit(TelisikCommand.execute(args));
    }
}
