package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.RadiologyCsv;
import picocli.CommandLine;

/**
 * {@link TelisikCommand#commandLine} gives a run that starts with a subcommand's name only that subcommand: every
 * such run, its usage and its errors must be what the command with all its subcommands gives.
 */
class TelisikCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpVersionAndErrorsOfEverySubcommandAreTheFullCommandsOwn() {
        List<String[]> runs = new ArrayList<>();
        for (String sub : List.of("analyze", "report", "verify", "case", "workspace")) {
            runs.add(new String[] {sub, "--help"});
            runs.add(new String[] {sub, "-h"});
            runs.add(new String[] {sub, "--version"});
            runs.add(new String[] {sub, "--no-such-option"});
            runs.add(new String[] {sub});
        }
        runs.add(new String[] {"case", "rename", "--help"});
        runs.add(new String[] {"case", "delete"});
        runs.add(new String[] {"case", "nonsense"});
        runs.add(new String[] {"workspace", "compact", "--help"});
        runs.add(new String[] {"analyze", "--json"});
        runs.add(new String[] {"analyze", "--case"});
        runs.add(new String[] {"analyze", "analyze"});
        int usage = 0;
        for (String[] args : runs) {
            CliRun full = run(new CommandLine(new TelisikCommand()), args);
            CliRun one = run(TelisikCommand.commandLine(new TelisikCommand(), args), args);
            assertThat(one).as(String.join(" ", args)).isEqualTo(full);
            usage += full.out().contains("Usage: telisik " + args[0]) || full.err().contains("Usage: telisik " + args[0])
                    ? 1 : 0;
        }
        assertThat(usage).as("runs that printed their subcommand's usage").isGreaterThanOrEqualTo(20);
    }

    @Test
    void runsThatDoNotNameASubcommandFirstGetEverySubcommand() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"--version"},
                new String[] {"help", "analyze"}, new String[] {"analyse"}, new String[] {"--workspace", "x"})) {
            CommandLine cl = TelisikCommand.commandLine(new TelisikCommand(), args);
            assertThat(cl.getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactly("analyze", "report", "verify", "case", "workspace", "help");
            assertThat(run(cl, args)).isEqualTo(run(new CommandLine(new TelisikCommand()), args));
        }
        assertThat(TelisikCommand.commandLine(new TelisikCommand(), "analyze", "x.csv").getSubcommands().keySet())
                .containsExactly("analyze");
    }

    @Test
    void anAnalysisRunThroughItsSubcommandAloneWritesWhatTheFullCommandWrites() throws Exception {
        Path csv = dir.resolve("pasien rawat jalan.csv");
        RadiologyCsv.write(csv, 300, 20_261_206L);
        List<String> outputs = new ArrayList<>();
        for (String ws : List.of("full", "one")) {
            String[] args = {"analyze", "--no-progress", "--workspace", dir.resolve(ws).toString(), "--case", "Kasus RS",
                "--json", dir.resolve(ws + ".json").toString(), csv.toString()};
            CommandLine cl = ws.equals("full") ? new CommandLine(new TelisikCommand())
                    : TelisikCommand.commandLine(new TelisikCommand(), args);
            CliRun r = run(cl, args);
            assertThat(r.exit()).as(r.err()).isZero();
            String json = Files.readString(dir.resolve(ws + ".json"));
            assertThat(json).contains("\"rows\" : 300");
            outputs.add(withoutRunIds(json) + withoutRunIds(r.out()));
        }
        assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
    }

    /** Case ids (UUIDs) and times differ from run to run. */
    private static String withoutRunIds(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z?", "TIME")
                .replaceAll("/(full|one)/", "/WS/");
    }

    private static CliRun run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
