package org.telisik.cli;

import java.time.Clock;
import org.telisik.core.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code telisik} command; its subcommands do the work. */
@Command(name = "telisik",
        mixinStandardHelpOptions = true,
        versionProvider = TelisikCommand.Version.class,
        description = "Offline forensic triage of leaked-data samples.",
        subcommands = {AnalyzeCommand.class, ReportCommand.class, VerifyCommand.class, CaseCommand.class, WorkspaceCommand.class,
            CommandLine.HelpCommand.class})
public final class TelisikCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    public TelisikCommand() {
        this(Clock.systemUTC());
    }

    /** @param clock the time reports are stamped with (a fixed one in tests, to compare reports byte by byte) */
    TelisikCommand(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; try 'telisik analyze FILE'.");
    }

    /** Runs the command line and returns the process exit code (0 ok, 1 some file failed, 2 bad usage). */
    public static int execute(String... args) {
        return new CommandLine(new TelisikCommand()).execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "telisik " + BuildInfo.version() + " (commit " + BuildInfo.commit() + ")",
                "runtime " + BuildInfo.runtime()
            };
        }
    }
}
