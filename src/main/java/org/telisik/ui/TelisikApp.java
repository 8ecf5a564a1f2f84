package org.telisik.ui;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.telisik.app.SessionRequest;
import org.telisik.app.WorkspaceSession;

/**
 * The desktop app. Start it through {@link #launchApp(String...)} from a plain main class (a runnable jar
 * cannot start an Application subclass directly). {@code --workspace PATH} opens that workspace instead of
 * the default one.
 */
public final class TelisikApp extends Application {
    private final WorkspaceOpener opener;
    private final UiPreferences preferences;
    private final boolean openReports;
    private MainViewModel model;
    private MainWindow window;

    /** The app as the analyst starts it: the H2 workspace, preferences of the user. */
    public TelisikApp() {
        this(TelisikApp::openH2, UiPreferences.forUser(), true);
    }

    /** The app on another workspace source and preference store (tests); exported reports are not opened. */
    public TelisikApp(WorkspaceOpener opener, UiPreferences preferences) {
        this(opener, preferences, false);
    }

    /** @param openReports true to open each exported report in the desktop's viewer (never in tests) */
    private TelisikApp(WorkspaceOpener opener, UiPreferences preferences, boolean openReports) {
        this.opener = opener;
        this.preferences = preferences;
        this.openReports = openReports;
    }

    /** The H2 workspace; without a passphrase from the window, the one in TELISIK_PASSPHRASE (if any) is used. */
    private static WorkspaceSession openH2(String override, char[] passphrase) {
        return WorkspaceSession.open(SessionRequest.withPassphrase(override, passphrase));
    }

    public static void launchApp(String... args) {
        Application.launch(TelisikApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        I18n i18n = new I18n(preferences.language());
        ProblemViewModel problems = new ProblemViewModel();
        TaskRunner runner = new TaskRunner(2, problems::report);
        model = new MainViewModel(runner, problems, i18n, opener);
        model.themeProperty().set(preferences.theme());
        model.themeProperty().addListener((obs, before, theme) -> preferences.theme(theme));
        i18n.localeProperty().addListener((obs, before, locale) -> preferences.language(locale));
        model.workspace().recent().setAll(preferences.recentWorkspaces());
        model.workspace().recent().addListener((ListChangeListener<String>) c ->
                preferences.recentWorkspaces(List.copyOf(model.workspace().recent())));
        window = new MainWindow(model, stage);
        if (openReports) {
            model.export().writtenProperty().addListener((obs, before, report) ->
                    getHostServices().showDocument(report.toUri().toString()));
        }
        preferences.restoreWindow(stage);
        stage.show();
        Platform.runLater(window::warmUp); // laid out by then; the workspace is still opening on a worker
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        model.openWorkspace(LaunchOptions.parse(args).workspace());
    }

    /** The window's state, for tests that drive the app through its commands. */
    public MainViewModel model() {
        return model;
    }

    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (model != null) {
            preferences.rememberWindow(window.stage());
            model.close();
        }
    }
}
