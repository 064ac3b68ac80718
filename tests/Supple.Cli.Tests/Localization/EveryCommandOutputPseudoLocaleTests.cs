using System.Reflection;
using Supple.Cli.Infrastructure;
using Supple.Cli.Tests.TestSupport;

namespace Supple.Cli.Tests.Localization;

/// <summary>
/// Every command of the built tree (walked, not listed by hand) has a test that runs the real <c>supple</c> under the
/// pseudo-locale and finds no plain English in what the command prints. Each command needs its own data and its own
/// allow-list of what is typed as is (ids, times, paths), so those tests live beside its other language tests; this one
/// names them and fails for a command, present or future, that has none.
/// </summary>
public sealed class EveryCommandOutputPseudoLocaleTests
{
    /// <summary>The pseudo-locale test of each command's rendered output: class and method.</summary>
    private static readonly Dictionary<string, (Type Class, string Method)> OutputTests = new(StringComparer.Ordinal)
    {
        [""] = (typeof(EveryCommandHelpPseudoLocaleTests), nameof(EveryCommandHelpPseudoLocaleTests.Under_the_pseudo_locale_no_description_in_the_help_is_plain_English)),
        ["about"] = (typeof(LanguageProcessTests), nameof(LanguageProcessTests.Under_the_pseudo_locale_every_line_of_about_is_translated_and_nothing_is_cut_off)),
        ["assess"] = (typeof(ProgrammeCommandsLanguageProcessTests), nameof(ProgrammeCommandsLanguageProcessTests.A_plan_made_in_English_shows_in_German_with_German_reasons_and_the_pseudo_locale_leaves_no_English)),
        ["breaks"] = (typeof(BreaksLanguageProcessTests), nameof(BreaksLanguageProcessTests.Under_the_pseudo_locale_breaks_to_a_stop_for_pain_have_no_plain_English)),
        ["calendar"] = (typeof(ReminderLanguageProcessTests), nameof(ReminderLanguageProcessTests.Supple_lang_de_calendar_writes_a_German_event_that_still_folds_at_75_octets_and_parses)),
        ["chart"] = (typeof(CommandLanguageProcessTests), nameof(CommandLanguageProcessTests.Supple_lang_de_chart_draws_with_German_titles_legends_and_dates_and_says_so_in_German)),
        ["check"] = (typeof(ProgrammeCommandsLanguageProcessTests), nameof(ProgrammeCommandsLanguageProcessTests.Supple_lang_de_check_frames_its_lines_in_German_and_keeps_paths_languages_and_ids)),
        ["export"] = (typeof(ExportImportLanguageProcessTests), nameof(ExportImportLanguageProcessTests.Export_and_import_confirm_in_German_the_file_is_the_same_data_and_English_is_as_before)),
        ["history"] = (typeof(SessionLanguageProcessTests), nameof(SessionLanguageProcessTests.Under_the_pseudo_locale_history_has_no_plain_English)),
        ["import"] = (typeof(ExportImportLanguageProcessTests), nameof(ExportImportLanguageProcessTests.Export_and_import_confirm_in_German_the_file_is_the_same_data_and_English_is_as_before)),
        ["log"] = (typeof(CommandLanguageProcessTests), nameof(CommandLanguageProcessTests.Supple_lang_de_log_and_pain_confirm_in_German_and_the_pseudo_locale_leaves_no_English)),
        ["pain"] = (typeof(CommandLanguageProcessTests), nameof(CommandLanguageProcessTests.Supple_lang_de_log_and_pain_confirm_in_German_and_the_pseudo_locale_leaves_no_English)),
        ["plan"] = (typeof(ProgrammeCommandsLanguageProcessTests), nameof(ProgrammeCommandsLanguageProcessTests.Supple_lang_de_plan_is_in_German_and_the_pseudo_locale_leaves_no_English)),
        ["remind"] = (typeof(ReminderLanguageProcessTests), nameof(ReminderLanguageProcessTests.Supple_lang_de_remind_reads_in_German_and_English_is_as_before)),
        ["serve"] = (typeof(ServeLanguageProcessTests), nameof(ServeLanguageProcessTests.Under_the_pseudo_locale_serve_lan_prints_no_plain_English)),
        ["show"] = (typeof(ProgrammeCommandsLanguageProcessTests), nameof(ProgrammeCommandsLanguageProcessTests.Supple_lang_de_show_labels_the_stretch_in_German_and_the_pseudo_locale_leaves_no_English)),
        ["start"] = (typeof(SessionLanguageProcessTests), nameof(SessionLanguageProcessTests.Under_the_pseudo_locale_start_plain_to_its_first_steps_and_a_stop_has_no_plain_English)),
        ["stats"] = (typeof(CommandLanguageProcessTests), nameof(CommandLanguageProcessTests.Under_the_pseudo_locale_stats_has_no_plain_English)),
        ["stretches"] = (typeof(ProgrammeCommandsLanguageProcessTests), nameof(ProgrammeCommandsLanguageProcessTests.Under_the_pseudo_locale_stretches_has_no_plain_English)),
    };

    [Fact]
    public void Every_command_of_the_tree_has_a_pseudo_locale_test_of_its_output()
    {
        using var cli = new TestCli();
        var commands = Walk(CommandTree.Build(cli.Console), "").ToList();

        Assert.True(commands.Count >= 19, string.Join(", ", commands));
        var missing = commands.Where(c => !OutputTests.ContainsKey(c)).ToList();
        Assert.True(missing.Count == 0, "no pseudo-locale test of the output of: " + string.Join(", ", missing.Select(c => $"'supple {c}'")));
        Assert.Empty(OutputTests.Keys.Except(commands)); // no entry for a command that is gone
    }

    [Fact]
    public void Each_named_test_exists_runs_the_pseudo_locale_and_is_a_test()
    {
        foreach (var (command, (type, method)) in OutputTests)
        {
            var found = type.GetMethod(method, BindingFlags.Public | BindingFlags.Instance);
            Assert.True(found is not null, $"{command}: {type.Name}.{method} is not there");
            Assert.True(found.GetCustomAttributes().Any(a => a is FactAttribute), $"{command}: {type.Name}.{method} is not a test");
        }
    }

    private static IEnumerable<string> Walk(System.CommandLine.Command command, string path)
    {
        yield return path;
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            foreach (var found in Walk(sub, path.Length == 0 ? sub.Name : path + " " + sub.Name))
            {
                yield return found;
            }
        }
    }
}
