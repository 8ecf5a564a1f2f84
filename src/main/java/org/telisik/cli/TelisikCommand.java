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
        return commandLine(new TelisikCommand(), args).execute(args);
    }

    /**
     * The command line that runs {@code args}: when they start with a subcommand's name, {@code root} with that
     * subcommand alone, else (help, version, a wrong name) {@code root} with all of them. Picocli inspects every
     * subcommand it is given, option by option, on the main thread before the first step of any command, and
     * the others are not needed to run one: about 65 of 175 ms of CPU (measured in a fresh JVM). Runs, usage and
     * errors are the full tree's ({@code TelisikCommandTest}).
     */
    static CommandLine commandLine(TelisikCommand root, String... args) {
        Class<?> only = args.length == 0 ? null : subcommand(args[0]);
        if (only == null || only == CommandLine.HelpCommand.class) {
            return new CommandLine(root);
        }
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.wrapWithoutInspection(root)
                .name(TelisikCommand.class.getAnnotation(Command.class).name());
        return new CommandLine(spec).addSubcommand(new CommandLine(only));
    }

    /** The subcommand class of that name as this command declares it, null when there is none. */
    private static Class<?> subcommand(String name) {
        for (Class<?> type : TelisikCommand.class.getAnnotation(Command.class).subcommands()) {
            if (type.getAnnotation(Command.class).name().equals(name)) {
                return type;
            }
        }
        return null;
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
